/**
 * Looks up the digest a registry serves for `name:tag`, over the OCI distribution API: a HEAD on the
 * manifest, with an anonymous bearer token when the registry asks for one (Docker Hub, ghcr.io, gcr.io,
 * mcr.microsoft.com all do or accept it). The index digest is the one to pin: it covers every platform.
 */

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface RegistryOptions {
  /** The base URL for a registry host; https://<host> unless a test points it elsewhere. */
  baseUrl?: (host: string) => string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface ImageLocation {
  host: string;
  repository: string;
  tag: string;
}

/** `node:24` is registry-1.docker.io/library/node:24; `ghcr.io/astral-sh/uv:0.9` keeps its host. */
export function imageLocation(reference: string): ImageLocation {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  const name = colon > slash ? reference.slice(0, colon) : reference;
  const tag = colon > slash ? reference.slice(colon + 1) : 'latest';
  const first = name.split('/')[0] as string;
  const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? first : 'docker.io';
  let repository = hasHost ? name.slice(first.length + 1) : name;
  if (host === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  return { host: host === 'docker.io' ? 'registry-1.docker.io' : host, repository, tag };
}

/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"` */
function bearerChallenge(header: string | null): URL | undefined {
  if (!header || !/^bearer\s/i.test(header)) return undefined;
  const fields = Object.fromEntries(
    [...header.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1] as string, match[2] as string]),
  );
  if (!fields.realm) return undefined;
  const url = new URL(fields.realm);
  if (fields.service) url.searchParams.set('service', fields.service);
  if (fields.scope) url.searchParams.set('scope', fields.scope);
  return url;
}

export async function resolveDigest(reference: string, options: RegistryOptions = {}): Promise<string> {
  const fetching = options.fetch ?? fetch;
  const { host, repository, tag } = imageLocation(reference);
  const base = options.baseUrl?.(host) ?? `https://${host}`;
  const url = `${base}/v2/${repository}/manifests/${tag}`;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const head = (authorization?: string) =>
    fetching(url, {
      method: 'HEAD',
      signal,
      headers: { Accept: MANIFEST_TYPES, ...(authorization ? { Authorization: authorization } : {}) },
    });
  let response = await head();
  if (response.status === 401) {
    const tokenUrl = bearerChallenge(response.headers.get('www-authenticate'));
    if (!tokenUrl) throw new Error(`${host} asks for credentials this lookup does not have`);
    const token = await fetching(tokenUrl, { signal });
    if (!token.ok) throw new Error(`${tokenUrl.host} gave no token (HTTP ${token.status})`);
    const body = (await token.json()) as { token?: string; access_token?: string };
    response = await head(`Bearer ${body.token ?? body.access_token ?? ''}`);
  }
  if (!response.ok) throw new Error(`${host} answered HTTP ${response.status} for ${repository}:${tag}`);
  const digest = response.headers.get('docker-content-digest');
  if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest))
    throw new Error(`${host} sent no digest for ${repository}:${tag}`);
  return digest;
}
