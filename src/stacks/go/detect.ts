/** Go: version from go.mod (`go`, `toolchain`), main packages (root or cmd/*), and whether cgo is needed. */

import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import type { FileView } from '../shared/file-view.js';
import { healthPath, portHint, portVariable } from '../shared/runtime-hints.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { appName, baseName, type StackDetection } from '../stack.js';

/** Modules that need cgo (a C compiler at build time, glibc at run time). */
const CGO_MODULES = [
  'github.com/mattn/go-sqlite3',
  'github.com/confluentinc/confluent-kafka-go',
  'gopkg.in/confluentinc/confluent-kafka-go',
];
const FRAMEWORKS: Array<[string, string]> = [
  ['github.com/gin-gonic/gin', 'gin'],
  ['github.com/labstack/echo', 'echo'],
  ['github.com/gofiber/fiber', 'fiber'],
  ['github.com/go-chi/chi', 'chi'],
  ['github.com/gorilla/mux', 'gorilla'],
];

/**
 * The modules go.mod requires. `// indirect` marks a module only something else imports (a driver an
 * ORM offers, a test helper of a dependency): it says nothing about what the app talks to, so only
 * `direct` ones name services and frameworks. Every module still counts for cgo, which is linked in
 * wherever it is required from.
 */
export function goModules(goMod: string, which: 'all' | 'direct' = 'all'): string[] {
  const modules: string[] = [];
  const keep = (line: string) => which === 'all' || !/\/\/\s*indirect\b/.test(line);
  const block = /^require\s*\(([\s\S]*?)^\)/gm;
  for (const match of goMod.matchAll(block))
    for (const line of (match[1] as string).split('\n')) {
      const name = line.trim().split(/\s+/)[0];
      if (name && !name.startsWith('//') && keep(line)) modules.push(name);
    }
  for (const match of goMod.matchAll(/^require\s+(\S+)\s+\S+.*$/gm))
    if (match[1] !== '(' && keep(match[0])) modules.push(match[1] as string);
  return modules;
}

function isMainPackage(view: FileView, file: string): boolean {
  return /^package\s+main\b/m.test(view.read(file) ?? '');
}

export const goDetection: StackDetection = {
  language: 'go',
  detect: (view, dir) => view.exists(join(dir, 'go.mod')),
  plan(view, dir) {
    const goMod = view.read(join(dir, 'go.mod')) ?? '';
    const module = /^module\s+(\S+)/m.exec(goMod)?.[1];
    const plan: AppPlan = emptyPlan('go', baseName(module ?? '', appName(view, dir)), dir);
    plan.packageManager = 'go';
    plan.installCommand = 'go mod download';
    const toolchain = /^toolchain\s+go(\d+\.\d+(?:\.\d+)?)/m.exec(goMod)?.[1];
    const version = toolchain ?? /^go\s+(\d+\.\d+(?:\.\d+)?)/m.exec(goMod)?.[1];
    if (version) {
      plan.runtimeVersion = version.split('.').slice(0, 2).join('.');
      // `go` is the oldest release the module builds with; `toolchain` the one its authors pin.
      plan.runtimeConstraint = toolchain ? plan.runtimeVersion : `>=${version}`;
      plan.evidence.runtimeVersion = toolchain ? 'go.mod toolchain' : 'go.mod go';
    }

    const rootMain = view
      .list(dir)
      .some(
        (name) => name.endsWith('.go') && !name.endsWith('_test.go') && isMainPackage(view, join(dir, name)),
      );
    const commands = view.isDirectory(join(dir, 'cmd'))
      ? view
          .list(join(dir, 'cmd'))
          .filter((name) =>
            view
              .list(join(dir, `cmd/${name}`))
              .some((file) => file.endsWith('.go') && isMainPackage(view, join(dir, `cmd/${name}/${file}`))),
          )
      : [];
    let target: string | undefined;
    if (rootMain) target = '.';
    else if (commands.length) {
      const preferred =
        commands.find((name) => ['server', 'api', 'web', 'app', plan.name].includes(name)) ?? commands[0];
      target = `./cmd/${preferred}`;
      if (commands.length > 1)
        plan.warnings.push(`several main packages (${commands.join(', ')}): chose ${preferred}`);
    }
    if (target) {
      const binary = target === '.' ? plan.name : (target.split('/').pop() as string);
      const modules = goModules(goMod);
      const cgo = modules.some((name) => CGO_MODULES.some((cgoModule) => name.startsWith(cgoModule)));
      const usesC = view
        .find(dir, (name) => name.endsWith('.go'), 80, 4)
        .some((file) => /^import\s+"C"|^\s+"C"$/m.test(view.read(file) ?? ''));
      plan.buildCommand = `CGO_ENABLED=${cgo || usesC ? 1 : 0} go build -trimpath -ldflags="-s -w" -o /out/${binary} ${target}`;
      plan.startCommand = `/app/${binary}`;
      plan.evidence.startCommand = target === '.' ? 'package main at the root' : `package main in ${target}`;
      if (cgo || usesC) {
        plan.evidence.cgo = usesC ? 'import "C"' : 'a module that needs cgo';
        plan.warnings.push(
          'needs cgo: the binary links glibc, so the runtime image needs it too (not scratch)',
        );
      }
      const direct = goModules(goMod, 'direct');
      const framework = FRAMEWORKS.find(([prefix]) => direct.some((name) => name.startsWith(prefix)));
      plan.framework = framework?.[1];
      const sources = view.find(dir, (name) => name.endsWith('.go') && !name.endsWith('_test.go'), 40, 4);
      const port = portHint(view, dir, sources);
      plan.port = port?.port ?? 8080;
      plan.evidence.port = port?.from ?? 'Go default 8080';
      plan.portEnv = portVariable(view, sources);
      const health = healthPath(view, sources);
      if (health) plan.healthcheckPath = health.path;
      // Without signal.Notify the runtime still ends on SIGTERM, but as PID 1 (where the kernel's
      // default action does not apply) it falls back to exit status 2, which orchestrators log as a crash.
      const signalSource = sources.find((file) =>
        /\bsignal\.Notify(?:Context)?\(/.test(view.read(file) ?? ''),
      );
      plan.handlesSigterm = signalSource !== undefined;
      if (signalSource) plan.evidence.handlesSigterm = signalSource;
      plan.services = [
        ...new Set([...servicesFromDependencies(direct), ...servicesFromFiles(view, [dir])]),
      ].sort();
    } else {
      plan.warnings.push('no package main found: this module is a library');
    }
    return plan;
  },
};
