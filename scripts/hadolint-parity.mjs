// Measures shipshape against hadolint's own specification suite: every `ruleCatches` / `ruleCatchesNot`
// (and the ONBUILD variants) of test/Hadolint/Rule/*Spec.hs and test/Hadolint/PragmaSpec.hs is run against
// the shipshape rule that carries the DL id as an alias. The specs are read from a hadolint checkout at run
// time, nothing of them is stored here.
//
//   npm run build && node scripts/hadolint-parity.mjs [hadolint git dir] [--list]
//
// A hand-written reader of the few Haskell forms the specs use (string lists, `Text.unlines`, `?config`
// records), because no Haskell parser runs on Node and the specs follow one layout throughout.

import { execFileSync } from 'node:child_process';
import { lintDockerfileText } from '../dist/lint/engine.js';
import { DEFAULT_CONFIG } from '../dist/lint/settings.js';
import { findRule } from '../dist/rules/index.js';

const gitDir =
  process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '/work/.mirror/hadolint+hadolint/repo';
const list = process.argv.includes('--list');
const git = (...args) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

const specFiles = git('ls-tree', '-r', '--name-only', 'HEAD', 'test/Hadolint/')
  .split('\n')
  .filter((path) => /Rule\/DL\d+Spec\.hs$|PragmaSpec\.hs$/.test(path));

/** Reads one Haskell string literal starting at `text[i] === '"'`; returns [value, index after]. */
function readString(text, i) {
  let out = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '"') return [out, j + 1];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = text[++j];
    if (next === 'n') out += '\n';
    else if (next === 't') out += '\t';
    else if (next === '&') out += '';
    else if (/\s/.test(next)) {
      // a string gap: \   \ continues the literal on the next line
      while (j < text.length && text[j] !== '\\') j++;
    } else out += next;
  }
  throw new Error('unterminated string');
}

/** `[ "a", "b" ]` from index i (at '['): the strings, and the index after ']'. */
function readList(text, i) {
  const items = [];
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '"') {
      const [value, next] = readString(text, j);
      items.push(value);
      j = next;
    } else if (c === ']') return [items, j + 1];
    else j++;
  }
  throw new Error('unterminated list');
}

/** The Dockerfile text an assertion's argument denotes, given the block's bindings. */
function argumentText(rest, bindings) {
  const trimmed = rest.replace(/^\s*\$?\s*\(?\s*/, '');
  if (trimmed.startsWith('"')) return readString(trimmed, 0)[0];
  let m = /^Text\.unlines\s*(\w+)/.exec(trimmed);
  if (m && bindings[m[1]] !== undefined) return unlines(bindings[m[1]]);
  m = /^Text\.unlines\s*\[/.exec(trimmed);
  if (m) return unlines(readList(trimmed, trimmed.indexOf('['))[0]);
  m = /^(\w+)/.exec(trimmed);
  if (m && bindings[m[1]] !== undefined) {
    const value = bindings[m[1]];
    return Array.isArray(value) ? unlines(value) : value;
  }
  return undefined;
}

const unlines = (lines) => lines.map((line) => `${line}\n`).join('');

const LABEL_TYPES = {
  RawText: 'text',
  Url: 'url',
  Rfc3339: 'rfc3339',
  Spdx: 'spdx',
  GitHash: 'hash',
  SemVer: 'semver',
  Email: 'email',
};

/** The parts of a `def { ... }` configuration shipshape has an equivalent for; undefined when it has none. */
function configOf(record) {
  const config = { ...DEFAULT_CONFIG, rules: {}, ignores: [], trustedRegistries: [] };
  const body = record.trim();
  if (body === '') return config;
  let understood = false;
  const registries = /allowedRegistries\s*=\s*\[/.exec(body);
  if (registries) {
    config.trustedRegistries = readList(body, registries.index + registries[0].length - 1)[0];
    understood = true;
  }
  const schema = /labelSchema\s*=\s*Map\.fromList\s*\[(.*)\]/s.exec(body);
  if (schema) {
    config.labelSchema = {};
    for (const pair of (schema[1] ?? '').matchAll(/\(\s*"([^"]+)"\s*,\s*(?:Rule\.)?(\w+)\s*\)/g))
      config.labelSchema[pair[1]] = LABEL_TYPES[pair[2]] ?? 'text';
    understood = true;
  }
  if (/strictLabels\s*=\s*True/.test(body)) {
    config.strictLabels = true;
    understood = true;
  }
  return understood ? config : undefined;
}

/** Every assertion of a spec file: [code, text, expected, onbuild, config, title]. */
function assertions(source, file) {
  const found = [];
  const lines = source.split('\n');
  let fileConfig = '';
  let title = '';
  let bindings = {};
  let blockConfig;
  let depth = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const it = /^(\s*)it\s+"((?:[^"\\]|\\.)*)"/.exec(line);
    if (it) {
      title = it[2];
      bindings = {};
      blockConfig = undefined;
      depth = it[1].length;
    }
    // `let ?config = def { ... }` on one line, or spread over the lines below it
    let cfgText = line;
    if (/let \?config\s*=\s*$/.test(line)) {
      let m = n + 1;
      while (m < lines.length && !/^\s*(describe|it)\b/.test(lines[m])) cfgText += ` ${lines[m++].trim()}`;
    }
    const cfg = /let \?config\s*=\s*def\s*(?:\{(.*)\})?\s*$/.exec(cfgText);
    if (cfg) {
      const indent = line.length - line.trimStart().length;
      if (title && indent > depth) blockConfig = cfg[1] ?? '';
      else fileConfig = cfg[1] ?? '';
    }
    const binding = /let\s+(\w+)\s*=\s*(.*)$/.exec(line);
    if (binding && binding[1] !== '?config') {
      // the value may span lines: read from this line on
      const from = lines.slice(n).join('\n');
      const start = from.indexOf('=') + 1;
      const value = from.slice(start).trimStart();
      if (value.startsWith('[')) bindings[binding[1]] = readList(value, 0)[0];
      else if (value.startsWith('Text.unlines'))
        bindings[binding[1]] = readList(value, value.indexOf('['))[0];
      else if (value.startsWith('"')) bindings[binding[1]] = readString(value, 0)[0];
    }
    for (const call of line.matchAll(/\b(onBuildRuleCatches|ruleCatches)(Not)?\s+"(DL\d{4})"/g)) {
      const rest = lines
        .slice(n)
        .join('\n')
        .slice(line.indexOf(call[0]) + call[0].length);
      const text = argumentText(rest, bindings);
      found.push({
        file,
        title,
        code: call[3],
        text,
        expected: call[2] !== 'Not',
        onbuild: call[1] === 'onBuildRuleCatches',
        config: configOf(blockConfig ?? fileConfig),
      });
    }
  }
  return found;
}

/** hadolint's ONBUILD helper: every RUN becomes ONBUILD RUN. */
function onBuild(text) {
  return text.replace(/^(\s*)RUN\b/gim, '$1ONBUILD RUN');
}

const results = { mustFire: 0, fired: 0, mustNot: 0, firedWrongly: 0, skipped: [] };
const misses = [];
for (const file of specFiles) {
  for (const a of assertions(git('show', `HEAD:${file}`), file)) {
    const rule = findRule(a.code);
    if (a.text === undefined || !a.config || !rule) {
      results.skipped.push(
        `${a.code} ${a.title}: ${!rule ? 'no rule' : a.text === undefined ? 'unread' : 'config'}`,
      );
      continue;
    }
    // hadolint lints snippets without FROM; Docker (and shipshape's parser) refuse them, so give them one.
    const snippet = /^\s*FROM\b/im.test(a.text) || a.code === 'DL3061' ? a.text : `FROM scratch\n${a.text}`;
    const text = a.onbuild ? onBuild(snippet) : snippet;
    let lint;
    // hadolint's specs see every failure, whatever its severity (DL1001's is "ignore"): opt-in rules run.
    const config = rule.optIn
      ? { ...a.config, rules: { ...a.config.rules, [rule.id]: rule.severity } }
      : a.config;
    try {
      lint = lintDockerfileText(text, 'Dockerfile', { rules: [rule], contextKnown: true, config });
    } catch (error) {
      lint = { findings: [], problems: [{ message: String(error) }] };
    }
    const fired = lint.findings.length > 0;
    if (a.expected) {
      results.mustFire++;
      if (fired) results.fired++;
      else misses.push({ ...a, why: 'missed', problems: lint.problems });
    } else {
      results.mustNot++;
      if (fired) {
        results.firedWrongly++;
        misses.push({ ...a, why: 'fired', findings: lint.findings.map((f) => f.message) });
      }
    }
  }
}

const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
console.log(
  `hadolint specs: must fire ${results.fired}/${results.mustFire} (${pct(results.fired, results.mustFire)}), ` +
    `must not fire but did ${results.firedWrongly}/${results.mustNot} (${pct(results.firedWrongly, results.mustNot)}), ` +
    `skipped ${results.skipped.length}`,
);
if (list) {
  for (const miss of misses)
    console.log(
      `\n[${miss.why}] ${miss.code}${miss.onbuild ? ' (ONBUILD)' : ''} ${miss.title}\n${miss.text}` +
        (miss.findings ? `  -> ${miss.findings.join(' | ')}` : '') +
        (miss.problems?.length ? `  problems: ${JSON.stringify(miss.problems)}` : ''),
    );
  console.log(`\nskipped:\n${results.skipped.join('\n')}`);
}
