/**
 * Go: modules downloaded in their own cached layer, the binary built with the build cache mounted,
 * and a runtime with nothing else in it: distroless `static` for a pure-Go binary, Debian slim when
 * cgo links glibc. Distroless has no shell or curl, so the build stage also compiles a tiny probe.
 */

import type { AppPlan } from '../../core/app-plan.js';
import type { ImagePlan, Step } from '../../core/image-plan.js';
import { PlanError } from '../../core/plan-error.js';
import { debianBase, debianSlim, distroless, fromWithArg } from '../shared/base-image.js';
import { BUILD_USAGE, compiledDevelopmentStage, DISTROLESS_NONROOT_UID } from '../shared/conventions.js';
import { APP_UID, addAppUser, aptInstall, printfFile } from '../shared/debian.js';
import { debianPackage, unpinnedNote } from '../shared/debian-packages.js';
import { healthcheck, listening } from '../shared/healthcheck.js';

/** The probe's source: GET the URL, fail on an error or a status at or above `failAt`. */
function probeSource(failAt: number): string[] {
  return [
    'package main',
    'import ("net/http"; "os"; "time")',
    `func main() { c := http.Client{Timeout: 3 * time.Second}; r, err := c.Get(os.Args[1]); if err != nil || r.StatusCode >= ${failAt} { os.Exit(1) } }`,
  ];
}

export interface GoImageInput {
  plan: AppPlan;
  /** Names at the app's root. */
  files: string[];
  /** Names at the go.work root, when the app is a module of a workspace built from there. */
  workspace?: string[];
}

export function goImagePlan({ plan, files, workspace }: GoImageInput): ImagePlan {
  if (!plan.buildCommand || !plan.startCommand)
    throw new PlanError('no package main was detected: init builds Go commands, not libraries');
  const binary = plan.startCommand.replace(/^\/app\//, '');
  const cgo = plan.buildCommand.startsWith('CGO_ENABLED=1');
  const golang = debianBase('golang', plan.runtimeConstraint);
  const version = golang.version;
  const tiniPackage = debianPackage(golang.distro, 'tini');
  const port = plan.port;
  const modules = { target: '/go/pkg/mod', locked: true };
  const buildCache = { target: '/root/.cache/go-build', locked: true };
  // Go's runtime ends on SIGTERM only outside PID 1: as PID 1 it exits 2. An app without
  // signal.Notify gets tini, from Debian (tini-static for distroless, which has no package manager).
  const tini = !plan.handlesSigterm;
  const build: Step[] = [
    { kind: 'workdir', path: '/src' },
    ...(tini && !cgo
      ? [
          {
            kind: 'comment' as const,
            text: 'The app does not handle SIGTERM; distroless has no package manager, so tini-static comes from here.',
          },
          { kind: 'run' as const, commands: aptInstall(tiniPackage) },
        ]
      : []),
    // A workspace's modules resolve one another through go.work, so there is no download step before the
    // source: the module cache mount keeps what the build downloads from one build to the next.
    ...(workspace
      ? []
      : [
          {
            kind: 'copy' as const,
            sources: ['go.mod', ...(files.includes('go.sum') ? ['go.sum'] : [])],
            dest: './',
          },
          { kind: 'run' as const, caches: [modules], commands: ['go mod download'] },
        ]),
    // Before the source is copied, so a source change does not rebuild it.
    { kind: 'comment', text: 'A static health probe: the runtime image has no shell and no curl.' },
    {
      kind: 'run',
      caches: [buildCache],
      commands: [
        'mkdir -p /out',
        printfFile('/tmp/healthcheck.go', probeSource(plan.healthcheckPath ? 400 : 500)),
        'CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/healthcheck /tmp/healthcheck.go',
      ],
    },
    { kind: 'copy', sources: ['.'], dest: '.' },
    ...(workspace ? [{ kind: 'workdir' as const, path: `/src/${plan.path}` }] : []),
    { kind: 'run', caches: [modules, buildCache], commands: [plan.buildCommand] },
  ];
  const runtimeUid = cgo ? APP_UID : DISTROLESS_NONROOT_UID;
  const runtime: Step[] = [
    ...(cgo
      ? [
          {
            kind: 'comment' as const,
            text: 'cgo links glibc and the CA certificates come from Debian, so the runtime is Debian slim.',
          },
          {
            kind: 'run' as const,
            commands: [
              ...aptInstall(debianPackage(golang.distro, 'ca-certificates'), ...(tini ? [tiniPackage] : [])),
              addAppUser(),
            ],
          },
        ]
      : []),
    { kind: 'copy', from: 'build', sources: [`/out/${binary}`, '/out/healthcheck'], dest: '/app/' },
    ...(tini && !cgo
      ? [{ kind: 'copy' as const, from: 'build', sources: ['/usr/bin/tini-static'], dest: '/app/tini' }]
      : []),
    { kind: 'user', user: `${runtimeUid}:${runtimeUid}` },
    ...listening(
      port,
      (listen) =>
        healthcheck(['/app/healthcheck', `http://127.0.0.1:${listen}${plan.healthcheckPath ?? '/'}`], '10s'),
      plan.portEnv,
    ),
    {
      kind: 'entrypoint',
      argv: tini ? [cgo ? 'tini' : '/app/tini', '--', `/app/${binary}`] : [`/app/${binary}`],
    },
  ];
  return {
    header: [
      `Generated by shipshape for ${plan.name} (Go ${version}${plan.framework ? `, ${plan.framework}` : ''}${cgo ? ', cgo' : ''}).`,
      BUILD_USAGE,
      ...(plan.runtimeVersion
        ? []
        : [`go.mod names no Go version: pinned to the newest maintained line, ${version}.`]),
      ...golang.notes,
      ...unpinnedNote(golang.distro),
    ],
    args: [{ name: 'GO_VERSION', value: version }],
    stages: [
      {
        name: 'build',
        from: fromWithArg('golang', 'GO_VERSION', golang),
        purpose: workspace
          ? 'The build of the workspace module, with the module and build caches mounted.'
          : 'Modules, then the build, each with its cache mounted.',
        steps: build,
      },
      compiledDevelopmentStage(port, ['go', 'run', plan.buildCommand.split(' ').pop() as string], {
        why: 'The modules and the standard library compiled into this image: `go run` then compiles only what changed.',
        commands: [`go build -o /dev/null ${plan.buildCommand.split(' ').pop() as string}`],
      }),
      {
        name: 'production',
        // The runtime's glibc is the build image's own: the same Debian release.
        from: cgo ? debianSlim(golang.distro) : distroless('static'),
        purpose: cgo
          ? 'Production: the binary on Debian slim, as an unprivileged user.'
          : "Production: the static binary on distroless, as the image's nonroot user.",
        steps: runtime,
      },
    ],
  };
}
