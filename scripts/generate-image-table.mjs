#!/usr/bin/env node
/**
 * Generates src/images/image-table.json: the tags each base and service image has published, the ones it
 * maintains today, and when each version line loses security support. Everything is read from local git
 * snapshots of the projects that publish those facts, so the table can be rebuilt without network and
 * reviewed as a diff. Usage (each flag names a bare git directory):
 *
 *   node scripts/generate-image-table.mjs \
 *     --official-images /work/.mirror/docker-library+official-images/repo \
 *     --node-release    /work/.mirror/nodejs+Release/repo \
 *     --endoflife       /work/.mirror/endoflife-date+endoflife.date/repo \
 *     --dotnet-docker   /work/.mirror/dotnet+dotnet-docker/repo \
 *     --dotnet-core     /work/.mirror/dotnet+core/repo \
 *     --distroless      /work/.mirror/GoogleContainerTools+distroless/repo \
 *     --uv              /work/.mirror/astral-sh+uv/repo \
 *     [--bun-versions bun-versions.json]   # `npm view bun versions --json`: Bun's releases
 *     [--out src/images/image-table.json]
 */

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

const { values: args } = parseArgs({
  options: {
    'official-images': { type: 'string' },
    'node-release': { type: 'string' },
    endoflife: { type: 'string' },
    'dotnet-docker': { type: 'string' },
    'dotnet-core': { type: 'string' },
    distroless: { type: 'string' },
    uv: { type: 'string' },
    'bun-versions': { type: 'string' },
    out: { type: 'string', default: 'src/images/image-table.json' },
  },
});
for (const required of [
  'official-images',
  'node-release',
  'endoflife',
  'dotnet-docker',
  'dotnet-core',
  'distroless',
  'uv',
]) {
  if (!args[required]) {
    console.error(`generate-image-table: --${required} <bare git dir> is required`);
    process.exit(2);
  }
}

const git = (dir, ...rest) =>
  execFileSync('git', ['-C', dir, ...rest], { encoding: 'utf8', maxBuffer: 1 << 30 });
const snapshot = (dir, repo) => {
  const [commit, date] = git(dir, 'log', '-1', '--format=%H %cs').trim().split(' ');
  return { repo, commit, date };
};

/** Windows tags are never written by init and make up a third of some images' history. */
const WINDOWS = /(windowsservercore|nanoserver|ltsc20\d\d|1809|20h2|2004|1903|1909)/;

// ---------------------------------------------------------------- official images

/**
 * Every tag a library file has ever listed: the added lines of its history. The current format is
 * `Tags:`/`SharedTags:` lists; before 2016 each line was `<tag>: git://repo@commit dir`.
 */
function officialTags(image) {
  const dir = args['official-images'];
  const everTags = new Set();
  for (const line of git(dir, 'log', '-p', '--format=', '--', `library/${image}`).split('\n')) {
    if (!line.startsWith('+') || line.startsWith('+++')) continue;
    for (const tag of tagsOfLine(line.slice(1))) everTags.add(tag);
  }
  const maintained = new Set();
  // A deprecated image (centos) has no file at HEAD: nothing of it is maintained.
  const head = git(dir, 'ls-tree', '--name-only', 'HEAD', `library/${image}`).trim()
    ? git(dir, 'show', `HEAD:library/${image}`)
    : '';
  for (const line of head.split('\n')) for (const tag of tagsOfLine(line)) maintained.add(tag);
  for (const tag of maintained) everTags.add(tag);
  return { tags: sortTags(everTags), maintained: sortTags(maintained) };
}

function tagsOfLine(line) {
  const list = /^(?:Shared)?Tags:\s*(.+)$/.exec(line);
  const old = /^([a-z0-9][a-z0-9._-]*):\s*(?:git|https?):\/\//.exec(line);
  const tags = list ? list[1].split(',') : old ? [old[1]] : [];
  return tags.map((tag) => tag.trim()).filter((tag) => tag && !WINDOWS.test(tag));
}

const collator = new Intl.Collator('en', { numeric: true });
const sortTags = (tags) => [...tags].sort(collator.compare);

// ---------------------------------------------------------------- end of life

/** endoflife.date's product pages: YAML front matter with one entry per release cycle. */
function endoflifeProduct(product) {
  const text = git(args.endoflife, 'show', `HEAD:products/${product}.md`);
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!front) throw new Error(`endoflife.date ${product}.md has no front matter`);
  return parseYaml(front[1]);
}

const isoDate = (value) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : null;

/**
 * One line per release cycle. `eol` is the last day of security support (null while the project has not
 * set one). For Debian it is the end of its LTS, which is free and during which the images are still
 * rebuilt; Ubuntu's extended support needs a subscription the images do not have, so its standard end counts.
 */
function endoflifeLines(product, { extended = false } = {}) {
  const page = endoflifeProduct(product);
  const source = `endoflife.date products/${product}.md (${page.releasePolicyLink ?? 'the project’s release policy'})`;
  return page.releases.map((release) => {
    const eol = isoDate(extended && release.eoes ? release.eoes : release.eol);
    return {
      line: String(release.releaseCycle),
      ...(release.codename ? { codename: String(release.codename).toLowerCase() } : {}),
      released: isoDate(release.releaseDate),
      eol,
      ...(extended && release.eoes ? { regularSupportEnded: isoDate(release.eol) } : {}),
      ...(release.latest ? { latest: String(release.latest) } : {}),
      source,
    };
  });
}

/** Node's own schedule: nodejs/Release schedule.json, `end` being the end of security releases. */
function nodeLines() {
  const schedule = JSON.parse(git(args['node-release'], 'show', 'HEAD:schedule.json'));
  return Object.entries(schedule)
    .map(([name, entry]) => ({
      line: name.replace(/^v/, ''),
      ...(entry.codename ? { codename: entry.codename.toLowerCase() } : {}),
      released: entry.start,
      eol: entry.end,
      ...(entry.lts ? { lts: entry.lts } : {}),
      source: 'nodejs/Release schedule.json',
    }))
    .sort((a, b) => collator.compare(b.line, a.line));
}

/** .NET's own release index: dotnet/core release-notes/releases-index.json. */
function dotnetLines() {
  const index = JSON.parse(git(args['dotnet-core'], 'show', 'HEAD:release-notes/releases-index.json'));
  return index['releases-index']
    .filter((entry) => entry.product === '.NET' || entry.product === '.NET Core')
    .map((entry) => ({
      line: entry['channel-version'],
      eol: entry['eol-date'] ?? null,
      phase: entry['support-phase'],
      latest: entry['latest-release'],
      source: 'dotnet/core release-notes/releases-index.json',
    }));
}

// ---------------------------------------------------------------- images published outside the library

/**
 * dotnet-docker's READMEs list every tag in tables (`tag, tag | [Dockerfile](...) | OS`); their history
 * holds the tags of retired versions too.
 */
function dotnetTags(repository) {
  const dir = args['dotnet-docker'];
  const file = `README.${repository}.md`;
  const fromLine = (line) => {
    const cell = /^([0-9a-z][0-9a-z., -]*?)\s*\|\s*\[Dockerfile\]/.exec(line);
    return cell ? cell[1].split(',').map((tag) => tag.trim()) : [];
  };
  const tags = new Set();
  for (const line of git(dir, 'log', '-p', '--format=', '--', file).split('\n'))
    if (line.startsWith('+')) for (const tag of fromLine(line.slice(1))) tags.add(tag);
  const maintained = new Set();
  for (const line of git(dir, 'show', `HEAD:${file}`).split('\n'))
    for (const tag of fromLine(line)) maintained.add(tag);
  const keep = (tag) => !WINDOWS.test(tag) && !/-(amd64|arm64v8|arm32v7)$/.test(tag);
  return {
    tags: sortTags([...tags, ...maintained].filter(keep)),
    maintained: sortTags([...maintained].filter(keep)),
  };
}

/** distroless's README has a table per Debian release: `| gcr.io/distroless/<name> | latest, nonroot, ... |`. */
function distrolessImages() {
  const dir = args.distroless;
  const rows = (text) => {
    const images = new Map();
    for (const line of text.split('\n')) {
      const row = /^\+?\|\s*(gcr\.io\/distroless\/[a-z0-9-]+)\s*\|\s*([a-z0-9, -]+?)\s*\|/.exec(line);
      if (row)
        images.set(
          row[1],
          row[2].split(',').map((tag) => tag.trim()),
        );
    }
    return images;
  };
  const ever = rows(
    git(dir, 'log', '-p', '--format=', '--', 'README.md')
      .split('\n')
      .filter((line) => line.startsWith('+'))
      .join('\n'),
  );
  const today = rows(git(dir, 'show', 'HEAD:README.md'));
  const images = {};
  for (const [name, tags] of [...ever, ...today]) {
    images[name] = {
      tagsFrom: 'GoogleContainerTools/distroless README.md image tables (git history)',
      exhaustive: true,
      tags: sortTags(new Set([...(images[name]?.tags ?? []), ...tags])),
      maintained: today.has(name) ? sortTags(today.get(name)) : [],
    };
  }
  return images;
}

/** uv publishes `ghcr.io/astral-sh/uv:<version>` and `:<major.minor>` for each release tag of its repository. */
function uvImage() {
  const releases = git(args.uv, 'tag', '--list')
    .split('\n')
    .filter((tag) => /^\d+\.\d+\.\d+$/.test(tag));
  const minors = new Set(releases.map((version) => version.split('.').slice(0, 2).join('.')));
  const newestMinor = sortTags(minors).at(-1);
  const newest = sortTags(releases.filter((version) => version.startsWith(`${newestMinor}.`))).at(-1);
  return {
    tagsFrom:
      'astral-sh/uv release tags; image tags per docs/guides/integration/docker.md (`uv:<version>`, `uv:<major.minor>`, `latest`)',
    exhaustive: false,
    tags: sortTags(new Set([...releases, ...minors, 'latest'])),
    // uv does not patch older minors: only the newest minor line is maintained.
    maintained: [newest, newestMinor, 'latest'],
  };
}

/**
 * oven/bun: the newest version from endoflife.date; with --bun-versions, every release since 1.0 (Bun's
 * release workflow pushes `<version>` and `<version>-<variant>` for each, and `<major.minor>` follows the
 * newest patch). The variants are the ones its Docker Hub page documents. Only the newest is rebuilt.
 */
function bunImage(lines, releases) {
  const latest = lines[0].latest;
  const minor = latest.split('.').slice(0, 2).join('.');
  const newest = [latest, minor, latest.split('.')[0], 'latest'];
  const stable = releases.filter((version) => /^[1-9]\d*\.\d+\.\d+$/.test(version));
  const minors = [...new Set(stable.map((version) => version.split('.').slice(0, 2).join('.')))];
  const variants = ['', '-debian', '-slim', '-alpine', '-distroless'];
  const tagged = (versions) =>
    versions.flatMap((version) => variants.map((variant) => `${version}${variant}`));
  return {
    tagsFrom: `documented: hub.docker.com/r/oven/bun (variants debian, slim, alpine, distroless); newest version from endoflife.date products/bun.md${stable.length ? `; releases from the npm package bun (${stable.length} since 1.0)` : '; older versions are not listed here'}`,
    exhaustive: false,
    tags: sortTags(new Set(tagged([...newest, ...stable, ...minors]))),
    maintained: sortTags(tagged(newest)),
  };
}

/**
 * apache/kafka, Apache's own image (not an official one): one tag per Kafka release since 3.7.0, the first
 * it published, and `latest`. endoflife.date gives each line's newest release; the releases between are
 * not listed. Apache does not rebuild a release's image: the supported lines' newest releases count as
 * maintained.
 */
function kafkaImage(lines, asOf) {
  const published = lines.filter((line) => line.latest && collator.compare(line.line, '3.7') >= 0);
  const supported = published.filter((line) => !line.eol || line.eol > asOf);
  return {
    tagsFrom:
      'documented: hub.docker.com/r/apache/kafka (one tag per release since 3.7.0, and latest); releases from endoflife.date products/apache-kafka.md, the newest of each line only',
    exhaustive: false,
    tags: sortTags(new Set([...published.map((line) => line.latest), 'latest'])),
    maintained: sortTags(new Set([...supported.map((line) => line.latest), 'latest'])),
  };
}

// ---------------------------------------------------------------- the table

/** Official images init writes or lints, with the endoflife.date product that dates their lines. */
const OFFICIAL = {
  node: 'node',
  python: 'python',
  golang: 'go',
  rust: 'rust',
  ruby: 'ruby',
  php: 'php',
  'eclipse-temurin': 'eclipse-temurin',
  debian: 'debian',
  ubuntu: 'ubuntu',
  centos: 'centos',
  alpine: 'alpine-linux',
  postgres: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  redis: 'redis',
  memcached: 'memcached',
  rabbitmq: 'rabbitmq',
  mongo: 'mongodb',
  elasticsearch: 'elasticsearch',
  nginx: 'nginx',
  composer: 'composer',
  caddy: 'caddy',
};

const images = {};
for (const [image, product] of Object.entries(OFFICIAL)) {
  const { tags, maintained } = officialTags(image);
  const lines = image === 'node' ? nodeLines() : endoflifeLines(product, { extended: image === 'debian' });
  images[image] = {
    tagsFrom: `docker-library/official-images library/${image} (git history; HEAD for maintained)`,
    exhaustive: true,
    tags,
    maintained,
    lines,
  };
}

const nginxUnprivileged = images.nginx;
images['nginxinc/nginx-unprivileged'] = {
  ...nginxUnprivileged,
  tagsFrom:
    'documented: nginxinc/docker-nginx-unprivileged README (tags follow the official nginx image); tags from docker-library/official-images library/nginx',
  exhaustive: false,
};

const dotnet = dotnetLines();
for (const repository of ['sdk', 'aspnet', 'runtime', 'runtime-deps']) {
  images[`mcr.microsoft.com/dotnet/${repository}`] = {
    tagsFrom: `dotnet/dotnet-docker README.${repository}.md tag tables (git history; HEAD for maintained)`,
    exhaustive: true,
    ...dotnetTags(repository),
    lines: dotnet,
  };
}

const debianLines = images.debian.lines;
for (const [name, image] of Object.entries(distrolessImages())) {
  const release = /-debian(\d+)$/.exec(name)?.[1];
  images[name] = { ...image, lines: debianLines.filter((line) => line.line === release) };
}

images['ghcr.io/astral-sh/uv'] = { ...uvImage(), lines: [] };
const bunReleases = args['bun-versions'] ? JSON.parse(readFileSync(args['bun-versions'], 'utf8')) : [];
images['oven/bun'] = { ...bunImage(endoflifeLines('bun'), bunReleases), lines: endoflifeLines('bun') };
images['apache/kafka'] = {
  ...kafkaImage(endoflifeLines('apache-kafka'), snapshot(args['official-images'], '').date),
  lines: endoflifeLines('apache-kafka'),
};

const sources = [
  snapshot(args['official-images'], 'docker-library/official-images'),
  snapshot(args['node-release'], 'nodejs/Release'),
  snapshot(args.endoflife, 'endoflife-date/endoflife.date'),
  snapshot(args['dotnet-docker'], 'dotnet/dotnet-docker'),
  snapshot(args['dotnet-core'], 'dotnet/core'),
  snapshot(args.distroless, 'GoogleContainerTools/distroless'),
  snapshot(args.uv, 'astral-sh/uv'),
];
// The official images change daily, so their newest commit dates the snapshot; nodejs/Release and the
// others can go months without a commit while still being current.
const date = sources[0].date;

writeFileSync(args.out, formatTable({ date, sources, images }));
/**
 * Indented JSON, with each list of tags as one space-separated string: Node parses a string ten times
 * faster than an array of 60 000 short ones, and every lint worker loads the table.
 */
function formatTable(table) {
  const images = Object.fromEntries(
    Object.entries(table.images).map(([name, image]) => [
      name,
      { ...image, tags: image.tags.join(' '), maintained: image.maintained.join(' ') },
    ]),
  );
  return `${JSON.stringify({ ...table, images }, null, 1)}\n`;
}

const tagCount = Object.values(images).reduce((sum, image) => sum + image.tags.length, 0);
console.log(`${args.out}: ${Object.keys(images).length} images, ${tagCount} tags, facts as of ${date}`);
