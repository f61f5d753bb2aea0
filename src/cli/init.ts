import { join, resolve } from 'node:path';
import type { DetectResult } from '../core/app-plan.js';
import { colours, coloursEnabled } from '../core/colours.js';
import { InputError } from '../core/errors.js';
import { escapeControlCharacters } from '../core/terminal-text.js';
import { toolVersion } from '../core/version.js';
import {
  BASE_FAMILIES,
  type BaseFamily,
  type GeneratedFile,
  planInit,
  proxyUnavailable,
  TARGETS,
} from '../init/index.js';
import { resolveDigest } from '../io/registry.js';
import { writeGenerated } from '../io/write-files.js';
import { repositoryRoot } from '../io/write-guard.js';
import { unifiedDiff } from '../lint/diff.js';
import { type Command, EXIT, flagOption, listOption, stringOption } from './command.js';
import type { CliIo } from './io.js';
import { pinDigests, referencesToPin } from './pin-digests.js';

/** The outputs init writes without --target (deploy targets are opt-in); bake only with several apps. */
const DEFAULT_TARGETS: string[] = ['docker', 'compose', 'bake'];

/** What each target writes, shown when init asks which to write. */
const TARGET_HINTS: Record<string, string> = {
  docker: 'Dockerfile, .dockerignore, README.Docker.md',
  compose: 'compose.yaml, compose.override.yaml, compose.prod.yaml',
  bake: 'docker-bake.hcl (repositories of several apps)',
  railway: 'railway.toml',
  'github-actions': '.github/workflows/container-<app>.yml, .github/dependabot.yml',
  kubernetes: 'k8s/',
  swarm: 'docker-stack.yml',
  proxy: 'Caddyfile, compose.proxy.yaml (Caddy with HTTPS in front of an app with a port)',
};

/** The detected plan in a few lines, for a person to confirm. */
function planSummary(result: DetectResult): string {
  return result.apps
    .map((app) =>
      [
        `${app.name}: ${app.language}${app.runtimeVersion ? ` ${app.runtimeVersion}` : ''}${app.framework ? `, ${app.framework}` : ''}`,
        `start    ${app.static ? 'static files, served by nginx' : (app.startCommand ?? '-')}`,
        `port     ${app.port ?? '-'}${app.healthcheckPath ? `, health ${app.healthcheckPath}` : ''}`,
        `services ${app.services.length ? app.services.join(', ') : '-'}`,
        ...(app.migrateCommand ? [`migrate  ${app.migrateCommand}`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}

/**
 * `--pin-digests`: each image the files name, looked up in its registry. One that cannot be looked up
 * keeps its tag, with one line saying so and how to pin it by hand.
 */
async function withDigests(files: GeneratedFile[], io: CliIo): Promise<GeneratedFile[]> {
  const digests = new Map<string, string>();
  await Promise.all(
    referencesToPin(files).map(async (reference) => {
      try {
        digests.set(reference, await resolveDigest(reference, io.registry));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        io.stderr(
          `shipshape: ${reference} keeps its tag: ${reason} (pin it by hand with \`docker buildx imagetools inspect ${reference}\`)\n`,
        );
      }
    }),
  );
  return pinDigests(files, digests);
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Write the Dockerfile, .dockerignore, Compose files and deploy config for an app.',
  usage: 'shipshape init [dir] [--dry-run] [--force] [--pin-digests] [--base <family>] [--target <name>]...',
  details: [
    'Never overwrites a file silently: a file that differs is shown as a diff and kept, unless --force,',
    'which replaces it atomically after saving <file>.shipshape-backup. Exit 1 when a file was kept.',
    'This version writes files for Node.js, Go, Python, Rust, Java, .NET, Ruby and PHP apps and static sites; other stacks say so and exit 2.',
    '',
    'Example:',
    '  shipshape init examples/node-http --dry-run',
    '  shipshape init --target railway',
    '  shipshape init --target proxy      # then: DOMAIN=app.example.com docker compose -f compose.yaml \\',
    '                                     #   -f compose.prod.yaml -f compose.proxy.yaml up -d',
  ].join('\n'),
  options: {
    'dry-run': { type: 'boolean', description: 'print what would be written, write nothing' },
    force: { type: 'boolean', description: 'replace files that differ (a backup is kept)' },
    yes: {
      type: 'boolean',
      short: 'y',
      description: 'accept the detected plan and targets without asking (on a terminal init asks)',
    },
    'pin-digests': {
      type: 'boolean',
      description:
        'pin each base and service image to the digest its registry serves now (name:tag@sha256:...); needs the registries to be reachable',
    },
    base: {
      type: 'string',
      valueName: 'family',
      description:
        'the base image family: debian (Debian 13 slim runtimes; distroless for Go and Rust binaries, the default) or distroless (also Node apps)',
    },
    target: {
      type: 'string',
      multiple: true,
      valueName: 'name',
      description:
        'outputs to write: docker (Dockerfile, .dockerignore) and compose (compose*.yaml) by default; railway (railway.toml), github-actions (.github/workflows/container-<app>.yml), kubernetes (k8s/), swarm (docker-stack.yml) and proxy (Caddyfile, compose.proxy.yaml) on request',
    },
  },
  async run(args, io) {
    const shown = args.positionals[0] ?? '.';
    const dir = resolve(io.cwd, shown);
    if (io.fs.kind(dir) !== 'directory')
      throw new InputError(io.fs.kind(dir) ? 'not a directory' : 'no such directory', shown);
    const targets = listOption(args, 'target').length ? listOption(args, 'target') : DEFAULT_TARGETS;
    const known: readonly string[] = TARGETS;
    const unknownTargets = targets.filter((target) => !known.includes(target));
    if (unknownTargets.length)
      throw new InputError(
        `unknown: target ${unknownTargets.join(', ')} (${TARGETS.join(', ')} are available)`,
        shown,
      );

    const base = stringOption(args, 'base') ?? 'debian';
    if (!(BASE_FAMILIES as readonly string[]).includes(base))
      throw new InputError(`unknown: base ${base} (${BASE_FAMILIES.join(', ')} are available)`, shown);
    const { result, files: generated } = planInit(io.fs, dir, toolVersion(), { base: base as BaseFamily });
    // A target asked for by name that has nothing to write here would otherwise exit 0 having written
    // nothing, which reads as success (bake on a repository of one app).
    const empty = listOption(args, 'target').filter(
      (target) => !generated.some((file) => file.target === target),
    );
    // The proxy's reason is more than the repository's size: no app with a port, or several.
    const why = (target: string) =>
      (target === 'proxy' && proxyUnavailable(result.apps)) || TARGET_HINTS[target];
    if (empty.length)
      throw new InputError(
        `nothing to write for target ${empty.map((target) => `${target}: ${why(target)}`).join('; ')}; this repository has ${result.apps.length === 1 ? 'one app' : `${result.apps.length} apps`}`,
        shown,
      );
    const dryRun = flagOption(args, 'dry-run');
    // On a terminal, with nothing decided on the command line, a person confirms the plan and picks targets.
    const ask =
      io.prompter &&
      !flagOption(args, 'yes') &&
      !flagOption(args, 'json') &&
      !dryRun &&
      !listOption(args, 'target').length
        ? io.prompter
        : undefined;
    let chosen = targets;
    if (ask) {
      ask.note(planSummary(result), `shipshape init ${shown}`);
      // Only targets with files for this repository (bake is for several apps).
      const offered = TARGETS.filter((target) => generated.some((file) => file.target === target));
      chosen = await ask.multiselect(
        'What should init write?',
        offered.map((target) => ({ value: target, label: target, hint: TARGET_HINTS[target] })),
        offered.filter((target) => DEFAULT_TARGETS.includes(target)),
      );
    }
    const selected = generated.filter((file) => chosen.includes(file.target));
    const files = flagOption(args, 'pin-digests') ? await withDigests(selected, io) : selected;
    if (
      ask &&
      !(await ask.confirm(
        `Write ${files.length} files to ${shown}? (a file that differs is kept unless --force)`,
        true,
      ))
    ) {
      io.stderr('nothing written\n');
      return EXIT.ok;
    }
    const outcomes = writeGenerated(io.fs, (path) => join(dir, path), files, {
      force: flagOption(args, 'force'),
      dryRun,
      // Links may point anywhere inside the repository (the folder with .git above), never outside it.
      root: repositoryRoot(io.fs, join(dir, 'Dockerfile'), dir),
    });

    if (flagOption(args, 'json')) {
      io.stdout(
        `${JSON.stringify({ dryRun, files: outcomes.map(({ path, status, backup }) => ({ path, status, backup: backup ?? null })) }, null, 2)}\n`,
      );
    } else {
      const paint = colours(coloursEnabled(io.env, io.isTTY));
      for (const outcome of outcomes) {
        const file = files.find((candidate) => candidate.path === outcome.path);
        if (dryRun && outcome.status === 'created' && file)
          io.stdout(`${paint.bold(`--- ${outcome.path} (new)`)}\n${file.content}\n`);
        if (outcome.previous !== undefined && file && (dryRun || outcome.status === 'conflict'))
          io.stdout(
            escapeControlCharacters(
              unifiedDiff(outcome.path, outcome.previous, file.content, 3, 'generated'),
            ),
          );
        const verb = {
          created: dryRun ? 'would write' : 'wrote',
          replaced: dryRun ? 'would replace' : 'replaced',
          unchanged: 'unchanged',
          conflict: dryRun ? 'would keep' : 'kept',
          skipped: dryRun ? 'would not write' : 'did not write',
        }[outcome.status];
        const note = outcome.reason
          ? ` (${outcome.reason}; --force writes it)`
          : outcome.status === 'conflict'
            ? ' (it differs: the diff is above; --force replaces it and keeps a backup)'
            : outcome.backup
              ? ` (backup: ${outcome.backup})`
              : '';
        io.stderr(`${verb} ${join(shown, outcome.path)}${note}\n`);
      }
    }
    return outcomes.some((outcome) => outcome.status === 'conflict') ? EXIT.findings : EXIT.ok;
  },
};
