import type { ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { commandRange, commands, laterInSameRun } from './helpers.js';

/**
 * Removes the packages a build installed: `apt-get purge`/`remove`/`autoremove`, `apk del .build-deps`,
 * `dnf`/`yum remove`. The official images compile this way in one RUN and ship no toolchain.
 */
function purgesPackages(command: ShellCommand): boolean {
  const sub = command.args.find((arg) => !(arg.value ?? '').startsWith('-'))?.value ?? '';
  switch (command.program) {
    case 'apt-get':
    case 'apt':
      return sub === 'purge' || sub === 'remove' || sub === 'autoremove';
    case 'apk':
      return sub === 'del';
    case 'dnf':
    case 'yum':
    case 'microdnf':
      return sub === 'remove' || sub === 'erase' || sub === 'autoremove';
    default:
      return false;
  }
}

/** A compile step whose toolchain should stay behind in a build stage. */
function compiles(command: ShellCommand): boolean {
  const sub = command.args.find((arg) => !(arg.value ?? '').startsWith('-'))?.value ?? '';
  switch (command.program) {
    case 'go':
      return sub === 'build';
    case 'cargo':
      return sub === 'build' || sub === 'install';
    case 'mvn':
    case 'mvnw':
      return /^(package|install|verify)$/.test(sub);
    case 'gradle':
    case 'gradlew':
      return /^(build|bootJar|jar|assemble|installDist|shadowJar)$/.test(sub);
    case 'dotnet':
      return sub === 'publish' || sub === 'build';
    case 'gcc':
    case 'g++':
    case 'make':
      return true;
    default:
      return false;
  }
}

export const multiStageForCompiled: DockerfileRule = {
  kind: 'dockerfile',
  id: 'multi-stage-for-compiled',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Compile in a build stage and copy only the result into the final image.',
    why: 'A compiler, its caches and the source ship with a single-stage image: hundreds of megabytes for a Go or Rust binary of ten, plus tools an attacker can use. Build in one stage and `COPY --from=build` the artifact into a small runtime (distroless, scratch, a JRE or ASP.NET runtime image).',
    bad: 'FROM golang:1.19-bookworm\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/api\nCMD ["/app"]\n',
    good: 'FROM golang:1.19-bookworm AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app ./cmd/api\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD ["/app"]\n',
  },
  messages: {
    compilesOnlyStage:
      '{program} compiles in the only stage, so the toolchain ships in the image: use a build stage',
  },
  check({ model, report }) {
    if (model.stages.length !== 1) return;
    for (const site of commands(model)) {
      if (!compiles(site.command) || laterInSameRun(site, purgesPackages)) continue;
      report({
        range: commandRange(model, site),
        messageId: 'compilesOnlyStage',
        data: { program: site.command.program },
      });
      return;
    }
  },
};
