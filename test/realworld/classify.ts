/**
 * Reasons a real app cannot be proven on this machine, named so that the table never reports them as a
 * pass or as shipshape's fault: a package registry this machine cannot reach, a dependency that downloads
 * from elsewhere while it installs, a base or service image that has no stand-in.
 */

/** Registries this machine cannot reach, by the stack whose dependencies come from them. */
const UNREACHABLE_REGISTRY: Record<string, string> = {
  ruby: 'RubyGems (rubygems.org)',
  php: 'Packagist (Composer)',
  dotnet: 'NuGet (nuget.org)',
};

export function unreachableRegistry(stack: string): string | undefined {
  return UNREACHABLE_REGISTRY[stack];
}

/**
 * Install-time downloads from hosts other than the package registries, recognised by what their installers
 * print when they fail. Each pattern is what that tool writes to the build log.
 */
const OUTSIDE_DOWNLOADS: [what: string, pattern: RegExp][] = [
  ['Prisma engines (binaries.prisma.sh)', /binaries\.prisma\.sh|prisma.*(engine|binary).*(download|fetch)/i],
  ['Electron binary (github.com)', /electron.*(download|github\.com)|@electron\/get/i],
  ['sharp/libvips prebuilt binary (github.com)', /sharp.*(prebuilt|libvips|github\.com)/i],
  [
    'node-gyp headers (nodejs.org)',
    /gyp.*(nodejs\.org\/download|headers).*(ECONN|ENOTFOUND|certificate|EAI_AGAIN)/i,
  ],
  [
    'a prebuilt native binary from GitHub (prebuild-install)',
    /prebuild-install.*(ECONN|ENOTFOUND|404|certificate)/i,
  ],
  ['Puppeteer/Playwright browser download', /(puppeteer|playwright).*(download|chromium)/i],
  ['a GeoLite2 database (github.com)', /geolite2?.*(download|github)/i],
  ['Bitwarden web vault (github.com)', /bw_web_builds/i],
];

export function outsideDownload(log: string): string | undefined {
  for (const [what, pattern] of OUTSIDE_DOWNLOADS) if (pattern.test(log)) return what;
  return undefined;
}

/** A TLS failure reaching a registry from inside the build: the base image does not trust this machine's CA. */
export function untrustedCertificate(log: string): boolean {
  return /SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate in certificate chain|CERTIFICATE_VERIFY_FAILED|unable to get local issuer certificate|x509: certificate signed by unknown authority|PKIX path building failed/i.test(
    log,
  );
}

/** Base images a Dockerfile names that are not in the local engine, so a build could only pull them. */
export function missingBaseImages(fromImages: string[], present: (image: string) => boolean): string[] {
  return [...new Set(fromImages)].filter((image) => !present(image));
}

/**
 * The step BuildKit was running when the build failed, from `--progress=plain` output: the last
 * `#N [stage k/n] INSTRUCTION` header before the ERROR line, and the log lines that step printed.
 */
export function failingStep(log: string): { step: string; lines: string[] } | undefined {
  const lines = log.split('\n');
  const errorAt = lines.findIndex((line) => /^#\d+ ERROR:|^ERROR:|^error:|failed to solve/i.test(line));
  if (errorAt < 0) return undefined;
  const errorLine = lines[errorAt] ?? '';
  const stepId = errorLine.match(/^#(\d+) ERROR/)?.[1];
  let header = '';
  for (let i = errorAt; i >= 0; i--) {
    const line = lines[i] ?? '';
    const match = line.match(/^#(\d+) (\[.*)$/);
    if (match && (!stepId || match[1] === stepId)) {
      header = match[2] ?? '';
      break;
    }
  }
  const own = stepId
    ? lines.filter((line) => line.startsWith(`#${stepId} `) && !/^#\d+ (\[|DONE|CACHED)/.test(line))
    : lines.slice(Math.max(0, errorAt - 8), errorAt + 1);
  return {
    step: header || errorLine.replace(/^#\d+ /, ''),
    lines: own.map((line) => line.replace(/^#\d+ (\d+\.\d+ )?/, '')).slice(-6),
  };
}
