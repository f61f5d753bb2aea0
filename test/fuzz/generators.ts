/**
 * Seeded generators of hostile-but-plausible inputs for the fuzz test: Dockerfiles, Compose files and
 * .dockerignore files built from the grammar's pieces (keywords, flags, quotes, heredocs, continuations,
 * anchors, tags, include/extends), then mutated at the byte level. The same seed gives the same inputs,
 * so a failure is reproduced by its seed and index.
 */

export type Random = () => number;

/** mulberry32: small, fast and good enough to spread inputs; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;
const repeat = (random: Random, max: number, make: () => string, join = '') =>
  Array.from({ length: int(random, max) }, make).join(join);

const ODD = [
  '',
  ' ',
  '\t',
  '\\',
  '\\\n',
  '\r\n',
  '"',
  "'",
  '`',
  '$',
  '${',
  '${A:-',
  '$(',
  '((',
  '))',
  '{',
  '}',
  '[',
  ']',
  '#',
  '\0',
  '\x1b]0;x\x07',
  '\x9b',
  '\uFEFF',
  '\uFFFD',
  'é',
  '😀',
  '\u202e',
  '&&',
  '||',
  '|',
  ';',
  '<<EOF',
  '<<-"EOF"',
  'EOF',
  '=',
  ':',
  '- ',
  '*',
  '&a',
  '*a',
  '!reset',
  '!override',
  '<<:',
  '%',
  '@',
  '~',
  '\n',
];

const WORDS = [
  'alpine:3.20',
  'node:20-bookworm-slim',
  'python:3.12-slim',
  'scratch',
  'build',
  'AS',
  'as',
  'apt-get',
  'install',
  '-y',
  'curl',
  'apk',
  'add',
  'pip',
  'npm',
  'ci',
  '--only=production',
  'yarn',
  'cd',
  '/app',
  'sudo',
  'chmod',
  '777',
  'sh',
  '-c',
  'bash',
  'echo',
  'AKIAIOSFODNN7EXAMPLE',
  'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789',
  'PASSWORD=hunter2',
  'TOKEN',
  '$HOME',
  '$' + '{VAR}',
  '8080',
  '80/tcp',
  '["node","server.js"]',
  '[',
  '"',
  'latest',
  '@sha256:abc',
  '--mount=type=cache,target=/root/.cache',
  '--platform=$BUILDPLATFORM',
  '--from=build',
  '--chown=1000:1000',
  '--link',
];

const KEYWORDS = [
  'FROM',
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'COPY',
  'ADD',
  'ENV',
  'ARG',
  'LABEL',
  'EXPOSE',
  'USER',
  'WORKDIR',
  'VOLUME',
  'HEALTHCHECK',
  'SHELL',
  'STOPSIGNAL',
  'ONBUILD',
  'MAINTAINER',
  'from',
  'Run',
  'BOGUS',
];

function word(random: Random): string {
  const r = random();
  if (r < 0.6) return pick(random, WORDS);
  if (r < 0.85) return pick(random, ODD);
  return repeat(random, 6, () => pick(random, ODD));
}

function dockerfileLine(random: Random): string {
  const r = random();
  if (r < 0.05)
    return `# ${pick(random, ['syntax=docker/dockerfile:1', 'escape=`', 'hadolint ignore=DL3008', 'shipshape-ignore all', word(random)])}`;
  if (r < 0.1) return repeat(random, 4, () => word(random), ' ');
  const keyword = pick(random, KEYWORDS);
  const args = repeat(random, 7, () => word(random), pick(random, [' ', ' ', ' \\\n  ', '\t']));
  if (keyword === 'RUN' && random() < 0.15)
    return `RUN <<EOF\n${repeat(random, 5, () => repeat(random, 4, () => word(random), ' '), '\n')}\nEOF`;
  if (keyword === 'RUN' && random() < 0.1) return `RUN ${'('.repeat(int(random, 200))}${args}`;
  return `${keyword} ${args}`;
}

export function dockerfile(random: Random): string {
  const head =
    random() < 0.8
      ? `FROM ${pick(random, ['alpine:3.20', 'node:20 AS build', 'scratch', '$' + '{BASE}'])}\n`
      : '';
  const body = repeat(random, 14, () => dockerfileLine(random), pick(random, ['\n', '\n', '\r\n']));
  return mutate(random, head + body);
}

const COMPOSE_KEYS = [
  'image',
  'build',
  'context',
  'dockerfile',
  'ports',
  'environment',
  'env_file',
  'volumes',
  'depends_on',
  'condition',
  'healthcheck',
  'test',
  'restart',
  'user',
  'privileged',
  'network_mode',
  'cap_add',
  'secrets',
  'configs',
  'profiles',
  'deploy',
  'resources',
  'limits',
  'extends',
  'service',
  'file',
  'command',
  'entrypoint',
  'labels',
  'x-common',
  '<<',
  'version',
  'name',
  'include',
  'path',
];

function yamlScalar(random: Random): string {
  const r = random();
  if (r < 0.15) return '';
  if (r < 0.25) return pick(random, ['null', '~', 'true', 'no', '0', '1e400', '0x1F', '"8080:80"', "'x'"]);
  if (r < 0.35) return pick(random, ['*a', '&a x', '!reset', '!override', '!!str', '!!binary x']);
  if (r < 0.45) return `\${${pick(random, ['A', 'A:-x', 'A?err', 'A:+y', '', '{'])}}`;
  if (r < 0.55) return pick(random, ['[]', '{}', '[a, b', '{a: 1, a: 2}', '[*a, *a]']);
  if (r < 0.6) return `|\n${' '.repeat(int(random, 8))}${word(random)}`;
  return word(random);
}

function yamlBlock(random: Random, depth: number, indent: string): string {
  const lines: string[] = [];
  const count = 1 + int(random, depth > 3 ? 2 : 5);
  for (let i = 0; i < count; i++) {
    const seq = random() < 0.25;
    const key = pick(random, COMPOSE_KEYS);
    const prefix = seq ? `${indent}- ` : `${indent}${key}:`;
    if (depth < 7 && random() < 0.45)
      lines.push(`${prefix}${seq ? `${key}:` : ''}\n${yamlBlock(random, depth + 1, `${indent}  `)}`);
    else lines.push(`${prefix} ${yamlScalar(random)}`);
  }
  return lines.join('\n');
}

export function compose(random: Random): string {
  const r = random();
  let text: string;
  if (r < 0.05) text = `${'- '.repeat(int(random, 2000))}x`;
  else if (r < 0.1) text = `${'['.repeat(int(random, 500))}`;
  else {
    const services = repeat(
      random,
      4,
      () =>
        `  ${pick(random, ['web', 'db', 'a', 'b', '"x y"', '&a base', '*a'])}:\n${yamlBlock(random, 2, '    ')}\n`,
    );
    const top =
      random() < 0.3
        ? `${pick(random, ['version: "3.9"', 'include:\n  - other.yaml', 'x-base: &a\n  image: nginx', 'name: demo'])}\n`
        : '';
    text = `${top}services:\n${services}${random() < 0.2 ? yamlBlock(random, 1, '') : ''}`;
  }
  return mutate(random, text);
}

const IGNORE_PIECES = [
  '*',
  '**',
  '?',
  '!',
  '[',
  ']',
  '[a-',
  '\\',
  '/',
  '.',
  '..',
  '#',
  ' ',
  'node_modules',
  '.git',
  '.env',
  '{a,b}',
  '\0',
];

export function dockerignore(random: Random): string {
  return mutate(
    random,
    repeat(random, 12, () => repeat(random, 5, () => pick(random, IGNORE_PIECES)), '\n'),
  );
}

/** Byte-level damage: insertions of odd pieces, deletions, duplicated slices, truncation. */
function mutate(random: Random, text: string): string {
  let out = text;
  const edits = random() < 0.5 ? 0 : int(random, 4);
  for (let i = 0; i < edits; i++) {
    const at = int(random, out.length + 1);
    const r = random();
    if (r < 0.4) out = out.slice(0, at) + pick(random, ODD) + out.slice(at);
    else if (r < 0.6) out = out.slice(0, at) + out.slice(at + 1 + int(random, 8));
    else if (r < 0.8) out = out.slice(0, at) + out.slice(at, at + int(random, 40)).repeat(2) + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}
