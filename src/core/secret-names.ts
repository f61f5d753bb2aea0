/**
 * What a secret looks like, shared by the lint rule that reads ARG and ENV in a Dockerfile and the verify
 * check that reads a built image's config and history.
 */

/** BuildKit's rule of thumb for secret-looking names: a secret word as a whole `_`-separated part. */
export const SECRET_NAME =
  /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;

/**
 * Names that contain such a word but hold no secret. GPG_KEY(S) holds the fingerprints of public signing
 * keys (the official images verify downloads with them); a keyserver or keyring is a place, not a key.
 */
export const HARMLESS_NAME =
  /(?:^|_)(?:public|pub)_?key(?:_|$)|(?:^|_)gpg_keys?(?:_|$)|(?:^|_)key_?(?:server|ring)s?(?:_|$)|_(?:file|path|dir|url|id|name|user|username)$|^(?:key_id)$/i;

/** An access key id is half of a credential pair (AWS_ACCESS_KEY_ID): sensitive despite its `_ID`. */
const ACCESS_KEY_ID = /(?:^|_)access_key_id$/i;

export function looksLikeSecretName(name: string): boolean {
  return ACCESS_KEY_ID.test(name) || (SECRET_NAME.test(name) && !HARMLESS_NAME.test(name));
}

/** Token formats whose prefix says what they are, whatever variable holds them. */
const TOKEN_FORMATS: { name: string; pattern: RegExp }[] = [
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/ },
  { name: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { name: 'Stripe secret key', pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/ },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
];

/** Every token in a text, with its offsets. */
export function tokensIn(text: string): Array<{ name: string; start: number; end: number }> {
  const found: Array<{ name: string; start: number; end: number }> = [];
  for (const format of TOKEN_FORMATS) {
    for (const match of text.matchAll(new RegExp(format.pattern.source, 'g')))
      found.push({ name: format.name, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The kind of token a text holds, or undefined. */
export function tokenIn(text: string): string | undefined {
  return TOKEN_FORMATS.find((format) => format.pattern.test(text))?.name;
}
