/**
 * Running an app's generated Compose files the way its README.Docker.md says, under a project name of the
 * harness's own, with one extra file of the harness's own (never a generated one): it names the image the
 * harness already built, publishes the app's port on an ephemeral 127.0.0.1 port and labels the containers.
 */

import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { stringify } from 'yaml';
import type { CommandResult } from './processes.js';
import { run } from './processes.js';
import { docker, parseJson } from './tools.js';

export const HARNESS_LABEL = 'org.shipshape.harness';

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  ports?: { target: number; published?: string }[];
  depends_on?: Record<string, unknown>;
}

export interface ComposeModel {
  name: string;
  services: Record<string, ComposeService>;
}

export function composeArgs(project: string, files: string[]): string[] {
  return ['compose', '--project-name', project, ...files.flatMap((file) => ['-f', file])];
}

export async function composeConfig(
  cwd: string,
  project: string,
  files: string[],
  env: Record<string, string> = {},
): Promise<{ model?: ComposeModel; error?: string }> {
  const result = await docker([...composeArgs(project, files), 'config', '--format', 'json'], {
    cwd,
    env,
    timeoutMs: 60_000,
  });
  if (result.status !== 0) return { error: firstErrorLine(result) };
  const model = parseJson<ComposeModel>(result.stdout);
  return model ? { model } : { error: 'docker compose config printed no JSON' };
}

function firstErrorLine(result: CommandResult): string {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').filter((line) => line.trim());
  return (lines.find((line) => /error|invalid|required|not/i.test(line)) ?? lines[0] ?? 'no output').trim();
}

/** The service init wrote for the app: the one building the production target, else the app's name. */
export function appService(model: ComposeModel, appName: string): string | undefined {
  const names = Object.keys(model.services);
  return (
    names.find((name) => model.services[name]?.build?.target === 'production' && name === appName) ??
    names.find((name) => model.services[name]?.build?.target === 'production') ??
    names.find((name) => name === appName)
  );
}

/** The harness's own Compose file, beside the generated ones in the temp copy. */
export function writeHarnessOverride(
  dir: string,
  service: string,
  image: string,
  port: number | undefined,
  publish: boolean,
): string {
  const file = join(dir, '.shipshape-harness.compose.yaml');
  const entry: Record<string, unknown> = { image, labels: { [HARNESS_LABEL]: '1' } };
  if (publish && port) entry.ports = [`127.0.0.1::${port}`];
  writeFileSync(file, stringify({ services: { [service]: entry } }));
  return file;
}

export async function publishedPort(
  cwd: string,
  project: string,
  files: string[],
  service: string,
  port: number,
): Promise<number | undefined> {
  const result = await docker([...composeArgs(project, files), 'port', service, String(port)], {
    cwd,
    timeoutMs: 30_000,
  });
  const match = result.stdout.trim().match(/:(\d+)$/m);
  return result.status === 0 && match ? Number(match[1]) : undefined;
}

/** Logs of the app's container after a failed `up --wait`: the end says why it did not become healthy. */
export async function serviceLogs(cwd: string, project: string, files: string[], service: string) {
  const result = await docker(
    [...composeArgs(project, files), 'logs', '--no-color', '--tail', '40', service],
    {
      cwd,
      timeoutMs: 30_000,
    },
  );
  // Compose draws its progress with terminal escapes even with --no-color; the table wants the words.
  return stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
}

export async function composeDown(
  cwd: string,
  project: string,
  files: string[],
  env: Record<string, string> = {},
): Promise<void> {
  // --rmi local: the images Compose built itself (a migrate service's development target); the app's image
  // is the harness's own tag and is removed by the harness. The files need the environment they came up
  // with (compose.prod.yaml demands its secrets even to go down). If they cannot be read (gone after a
  // Ctrl-C, or refused), Compose finds the project by its name alone, through its containers' labels.
  const down = ['down', '--volumes', '--remove-orphans', '--rmi', 'local', '-t', '5'];
  const readable =
    existsSync(cwd) && files.every((file) => existsSync(isAbsolute(file) ? file : join(cwd, file)));
  if (readable) {
    const result = await docker([...composeArgs(project, files), ...down], {
      cwd,
      env,
      timeoutMs: 180_000,
      cleanup: true,
    });
    if (result.status === 0) return;
  }
  await docker([...composeArgs(project, []), ...down], { cwd: tmpdir(), timeoutMs: 180_000, cleanup: true });
}

/**
 * What README.Docker.md tells a user to run for production: the secret files its "Run in production"
 * block creates (run as written, in the app's copy) and the environment its `docker compose` line sets.
 */
export async function productionSetup(
  dir: string,
  readme: string,
): Promise<{ env: Record<string, string>; files: string[]; error?: string } | undefined> {
  const section = readme.split(/^## /m).find((part) => /^Run in production with Compose/.test(part));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) return undefined;
  const lines = block.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  const composeLine = lines.find((line) => /\bdocker compose\b/.test(line));
  for (const line of lines) {
    if (line === composeLine) continue;
    const result = await run('bash', ['-c', line], { cwd: dir, timeoutMs: 30_000 });
    if (result.status !== 0) return { env: {}, files: [], error: `README step failed: ${line}` };
  }
  if (!composeLine) return { env: {}, files: [], error: 'README names no docker compose command' };
  const prefix = composeLine.slice(0, composeLine.indexOf('docker compose'));
  const names = [...prefix.matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)=/g)].map((match) => match[1] ?? '');
  const files = [...composeLine.matchAll(/-f\s+(\S+)/g)].map((match) => match[1] ?? '');
  const env: Record<string, string> = {};
  if (names.length) {
    // The assignments are shell (`"$(cat secrets/x)"`): bash evaluates them exactly as the user's shell would.
    const printer = names.map((name) => `printf '%s\\0' "$${name}"`).join('; ');
    const result = await run('bash', ['-c', `${prefix} bash -c '${printer}'`], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    const values = result.stdout.split('\0');
    names.forEach((name, i) => {
      env[name] = values[i] ?? '';
    });
  }
  return { env, files };
}
