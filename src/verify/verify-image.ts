/**
 * Gathers what the checks need from the engine (the image's config and history, its layers from
 * `docker save`, two runs: one as is and one with a read-only root, a rebuild after a source change,
 * a scan), concurrently where the engine allows, and hands each check its evidence.
 */

import { EngineError } from '../core/errors.js';
import type { BuildRequest } from '../docker/build.js';
import type { DockerEngine } from '../docker/engine.js';
import { rebuildAfterSourceChange } from './cache-probe.js';
import { type CheckId, type CheckResult, skip, type VerifyReport } from './check.js';
import { cacheReuseCheck } from './checks/cache-reuse.js';
import { gracefulShutdownCheck } from './checks/graceful-shutdown.js';
import { healthcheckCheck } from './checks/healthcheck.js';
import { layerWasteCheck, type WasteThresholds } from './checks/layer-waste.js';
import { nonRootCheck } from './checks/non-root.js';
import { readOnlyRootfsCheck } from './checks/read-only-rootfs.js';
import { type Severity, scanCheck } from './checks/scan.js';
import { secretsCheck } from './checks/secrets.js';
import { sizeCheck } from './checks/size.js';
import { readImageArchive } from './image-archive.js';
import { layerWaste } from './layer-waste.js';
import { observeRun } from './observe-run.js';
import { scanImage } from './scanner.js';

export interface VerifyOptions {
  maxSizeBytes?: number;
  stopTimeoutSeconds: number;
  readyTimeoutSeconds: number;
  healthCmd?: string;
  waste: WasteThresholds;
  scanFailOn: Severity;
  /** The build that made the image, when verify built it: enables cache-reuse. */
  build?: BuildRequest;
  skip: CheckId[];
  /** What stays writable on the read-only root: /tmp and any folder the app's framework writes. */
  writable: string[];
  /** Labels this run's containers (VERIFY_LABEL=runId), so an interrupted run can remove them. */
  runId: string;
  env: Record<string, string | undefined>;
  /** Told when each check is decided, for progress on a terminal. */
  onCheck?: (result: CheckResult) => void;
}

/** The label every container verify starts carries, so an interrupted run can find and remove them. */
export const VERIFY_LABEL = 'org.shipshape.verify';

export async function verifyImage(
  engine: DockerEngine,
  image: string,
  options: VerifyOptions,
): Promise<VerifyReport> {
  const info = await engine.inspectImage(image);
  const runId = options.runId;
  const wanted = (id: CheckId) => !options.skip.includes(id);
  const report = (result: CheckResult) => {
    options.onCheck?.(result);
    return result;
  };
  const skipped = (id: CheckId) => report(skip(id, 'skipped with --skip'));
  const runOptions = {
    labels: { [VERIFY_LABEL]: runId },
    readyTimeoutSeconds: options.readyTimeoutSeconds,
    stopTimeoutSeconds: options.stopTimeoutSeconds,
    ...(options.healthCmd ? { healthCmd: options.healthCmd } : {}),
  };
  const needsRun = wanted('healthcheck') || wanted('graceful-shutdown');
  const normalRun = needsRun
    ? observeRun(engine, info, { ...runOptions, name: `shipshape-verify-${runId}`, readOnly: false })
    : undefined;
  const readOnlyRun = wanted('read-only-rootfs')
    ? observeRun(engine, info, {
        ...runOptions,
        name: `shipshape-verify-${runId}-ro`,
        readOnly: true,
        writable: options.writable,
      })
    : undefined;
  const history = engine.history(info.id);
  const needsArchive = wanted('non-root') || wanted('secrets') || wanted('layer-waste');
  const archive = needsArchive ? saveAndRead(engine, info.id) : undefined;
  // Awaited below, in order; until then a failure must not count as an unhandled rejection.
  for (const pending of [history, archive]) pending?.catch(() => undefined);

  const checks: CheckResult[] = [];
  checks.push(
    wanted('non-root')
      ? report(nonRootCheck(info.user, (await archive)?.files.get('etc/passwd')))
      : skipped('non-root'),
  );
  checks.push(
    wanted('secrets') && archive
      ? report(secretsCheck(info, await history, await archive))
      : skipped('secrets'),
  );
  checks.push(
    wanted('size') ? report(sizeCheck(info, await history, options.maxSizeBytes)) : skipped('size'),
  );
  checks.push(
    wanted('layer-waste') && archive
      ? report(layerWasteCheck(layerWaste((await archive).layers), options.waste))
      : skipped('layer-waste'),
  );
  const run = await normalRun;
  checks.push(
    wanted('healthcheck') && run
      ? report(healthcheckCheck(info, run, options.readyTimeoutSeconds))
      : skipped('healthcheck'),
  );
  checks.push(
    wanted('graceful-shutdown') && run
      ? report(gracefulShutdownCheck(info, run, options.stopTimeoutSeconds))
      : skipped('graceful-shutdown'),
  );
  const readOnly = await readOnlyRun;
  checks.push(
    readOnly ? report(readOnlyRootfsCheck(readOnly, options.writable)) : skipped('read-only-rootfs'),
  );
  if (!wanted('cache-reuse')) checks.push(skipped('cache-reuse'));
  else if (!options.build)
    checks.push(report(skip('cache-reuse', 'needs the source: run `shipshape verify --build <dir>`')));
  else {
    const probe = await rebuildAfterSourceChange(engine, options.build);
    checks.push(report(cacheReuseCheck(probe.changedFile, probe.steps)));
  }
  checks.push(
    wanted('scan')
      ? report(scanCheck(await scanImage(info.id, options.env), options.scanFailOn))
      : skipped('scan'),
  );
  return {
    image,
    imageId: info.id,
    sizeBytes: info.sizeBytes,
    passed: checks.every((check) => check.status !== 'fail'),
    checks,
  };
}

async function saveAndRead(engine: DockerEngine, image: string) {
  const saved = engine.save(image);
  const [archive, done] = await Promise.all([readImageArchive(saved.stream), saved.done]);
  if (done.status !== 0) throw new EngineError(`docker save failed: ${done.stderr.trim()}`);
  return archive;
}
