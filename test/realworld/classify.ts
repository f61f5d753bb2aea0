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

/** Every install-time download from outside the registries that the log shows; [] when none. */
export function outsideDownloads(log: string): string[] {
  return OUTSIDE_DOWNLOADS.filter(([, pattern]) => pattern.test(log)).map(([what]) => what);
}

/**
 * What a failed build log says its cause was, in the words of a reviewer: each phrase is recognised by what
 * the failing tool prints. A native module falling back to a source build is the common case on this machine,
 * because prebuilt binaries come from GitHub.
 */
const CAUSES: [cause: string, pattern: RegExp][] = [
  [
    'node-gyp needs Python, make and a C++ compiler, which the image lacks',
    /gyp ERR! .*(Could not find any Python|not found: make|not found: g\+\+)/,
  ],
  ['a C compiler is missing', /(gcc|cc|c\+\+): (not found|No such file)|linker `cc` not found/],
  [
    'pkg-config or a -dev library is missing',
    /pkg-config.*not found|Package .* was not found in the pkg-config search path|fatal error: \S+\.h: No such file/,
  ],
  [
    'Corepack could not fetch the package manager (the app pins no packageManager; the latest failed its signature check)',
    /Corepack cannot download the latest stable version/,
  ],
  ['git is missing', /git: not found|Cannot find git|spawn git ENOENT/],
  [
    'a file the step needs was not copied in',
    /COPY failed|failed to compute cache key|no such file or directory, open/i,
  ],
  [
    'the build needs environment values it was not given',
    /Invalid environment variables|environment variable .* (is )?(missing|required|not set)/i,
  ],
];

export function buildCauses(log: string): string[] {
  const causes = CAUSES.filter(([, pattern]) => pattern.test(log)).map(([cause]) => cause);
  // npm names the package whose install script failed: the reader needs it more than the step.
  const failedPackage = log.match(/npm error path \S*node_modules\/((?:@[^/\s]+\/)?[^/\s]+)/)?.[1];
  return failedPackage ? [`the install script of ${failedPackage} failed`, ...causes] : causes;
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
    lines: keyLines(own.map((line) => line.replace(/^#\d+ (\d+\.\d+ )?/, ''))),
  };
}

const NOISE =
  /npm notice|A complete log of this run|^\s*at |gyp ERR! find Python|gyp info|DeprecationWarning|--trace-deprecation|^\*+$|^-+$/;
const TELLING =
  /ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|certificate|Could not find|not found|No such file|cannot|Cannot|error:|Error:|ERR!|failed|fatal|missing|denied/;

/** The lines that say why a step failed: telling lines first (up to four), then the last ones. */
export function keyLines(lines: string[]): string[] {
  const meaningful = lines.map((line) => line.trim()).filter((line) => line && !NOISE.test(line));
  const telling = [...new Set(meaningful.filter((line) => TELLING.test(line)))];
  const chosen = telling.length ? telling.slice(0, 4) : meaningful.slice(-4);
  const last = meaningful.at(-1);
  if (last && !chosen.includes(last)) chosen.push(last);
  return chosen.map((line) => (line.length > 200 ? `${line.slice(0, 199)}…` : line));
}
