import type { DockerfileRule } from '../rule.js';
import { commandsOf, packageArgs, wordRange } from './helpers.js';

export const goInstallPin: DockerfileRule = {
  kind: 'dockerfile',
  id: 'go-install-pin',
  aliases: ['DL3062'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin go install, go get and go run of a module to a version, not @latest.',
    why: '`go install example.com/tool@latest` (or with no version) builds whatever is newest that day. Name a version: `@v1.61.0`.',
    bad: 'FROM golang:1.19-bookworm\nRUN go install github.com/go-delve/delve/cmd/dlv@latest\n',
    good: 'FROM golang:1.19-bookworm\nRUN go install github.com/go-delve/delve/cmd/dlv@v1.21.0\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['go'], ['install', 'get', 'run'])) {
      const sub = site.command.args.find((arg) => !(arg.value ?? '').startsWith('-'))?.value ?? '';
      const targets = packageArgs(site.command, [sub], GO_FLAGS_WITH_VALUES);
      // `go run pkg args...`: only the first word names a package, the rest are the program's arguments.
      for (const target of sub === 'run' ? targets.slice(0, 1) : targets) {
        const spec = target.value;
        if (!spec || isLocal(spec) || (sub !== 'get' && META_PACKAGES.has(spec))) continue;
        const version = spec.split('@')[1];
        if (version === undefined || version === 'latest')
          report({
            range: wordRange(model, site, target),
            message: `pin ${spec.split('@')[0]} to a version (@vX.Y.Z)`,
          });
      }
    }
  },
};

const GO_FLAGS_WITH_VALUES = ['-o', '-ldflags', '-tags', '-gcflags', '-exec', '-C', '-mod', '-modfile', '-p'];

/**
 * Package patterns go.mod already pins: `go install tool` (Go 1.24) builds the tools go.mod lists, at
 * the versions it records; `all`, `std` and `cmd` are the module's own packages.
 */
const META_PACKAGES = new Set(['tool', 'all', 'std', 'cmd']);

/** A path in the build context or a .go file: built from the source at hand, there is no version to pin. */
function isLocal(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/') || spec.endsWith('.go');
}
