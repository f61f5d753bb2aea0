import { looksLikeSecretName, tokenIn } from '../../core/secret-names.js';
import type { HistoryEntry, ImageInfo } from '../../docker/engine.js';
import { type CheckResult, fail, pass } from '../check.js';
import type { ImageArchive } from '../image-archive.js';

/**
 * Dependency and system trees hold test keys and sample `.env` files of their own (npm packages' fixtures,
 * Python's test suite); what the app's own COPY brought in is what this check is about.
 */
const THIRD_PARTY =
  /(?:^|\/)(?:node_modules|site-packages|dist-packages|vendor|\.cargo|go\/pkg\/mod)\/|^usr\/(?:share|lib\/python[\d.]*\/test)\//;
const ENV_FILE = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;
const ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?)$/;
const KEY_FILE =
  /(?:^|\/)(?:id_(?:rsa|dsa|ecdsa|ed25519)|\.netrc|\.pgpass|\.aws\/credentials|\.docker\/config\.json)$/;

/** Secret-looking values in ENV, labels or the build history, and secret files in any layer. */
export function secretsCheck(image: ImageInfo, history: HistoryEntry[], archive: ImageArchive): CheckResult {
  const found = [
    ...image.env.flatMap((pair) => pairFinding('ENV', pair)),
    ...Object.entries(image.labels).flatMap(([key, value]) => pairFinding('LABEL', `${key}=${value}`)),
    ...history.flatMap(historyFindings),
    ...fileFindings(archive),
  ];
  const unique = [...new Set(found)];
  if (!unique.length)
    return pass(
      'secrets',
      'no secret-looking ENV, label or build argument; no .env, key or .git in any layer',
    );
  const shown = unique.slice(0, 4).join('; ');
  const more = unique.length > 4 ? `; and ${unique.length - 4} more` : '';
  return fail(
    'secrets',
    `${shown}${more}: anyone who can pull the image can read them; use secret mounts or runtime env`,
  );
}

function pairFinding(kind: string, pair: string): string[] {
  const equals = pair.indexOf('=');
  const key = equals < 0 ? pair : pair.slice(0, equals);
  const value = equals < 0 ? '' : pair.slice(equals + 1);
  const token = tokenIn(value);
  if (token) return [`${kind} ${key} holds a ${token}`];
  if (value && looksLikeSecretName(key) && !/^\$\{?\w+\}?$/.test(value))
    return [`${kind} ${key} has a value`];
  return [];
}

/** BuildKit writes a RUN's build arguments before its command: `RUN |2 TOKEN=abc MODE=x /bin/sh -c ...`. */
function historyFindings(entry: HistoryEntry): string[] {
  const findings: string[] = [];
  const args = /^RUN \|(\d+) (.*)$/s.exec(entry.createdBy);
  if (args) {
    const words = (args[2] ?? '').split(' ').slice(0, Number(args[1]));
    for (const word of words) findings.push(...pairFinding('build argument', word));
  }
  const token = tokenIn(entry.createdBy);
  if (token && !findings.length) findings.push(`the build history holds a ${token}`);
  return findings;
}

function fileFindings(archive: ImageArchive): string[] {
  const findings: string[] = [];
  const gitDirs = new Set<string>();
  archive.layers.forEach((layer, index) => {
    for (const entry of layer.entries) {
      if (entry.kind === 'whiteout' || entry.kind === 'opaque' || THIRD_PARTY.test(entry.path)) continue;
      const git = /^(.*?(?:^|\/)\.git)(?:\/|$)/.exec(entry.path);
      if (git?.[1] && !gitDirs.has(git[1])) {
        gitDirs.add(git[1]);
        findings.push(`/${git[1]} is in layer ${index + 1}`);
      } else if (entry.kind === 'file' && ENV_FILE.test(entry.path) && !ENV_TEMPLATE.test(entry.path)) {
        findings.push(`/${entry.path} is in layer ${index + 1}`);
      } else if (entry.kind === 'file' && KEY_FILE.test(entry.path)) {
        findings.push(`/${entry.path} is in layer ${index + 1}`);
      }
    }
  });
  for (const key of archive.privateKeys) {
    if (!THIRD_PARTY.test(key.path))
      findings.push(`/${key.path} in layer ${key.layer + 1} holds a private key`);
  }
  return findings;
}
