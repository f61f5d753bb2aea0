/** Rust: binary name from [[bin]] or the package, toolchain from rust-toolchain(.toml) or rust-version. */

import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import type { FileView } from '../shared/file-view.js';
import { healthPath, portHint, portVariable } from '../shared/runtime-hints.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { appName, type StackDetection } from '../stack.js';

export function cargoToml(view: FileView, path: string): Record<string, unknown> {
  try {
    return parseToml(view.read(path) ?? '') as Record<string, unknown>;
  } catch {
    return {};
  }
}

const FRAMEWORKS = ['actix-web', 'axum', 'rocket', 'warp', 'poem', 'salvo'];

export const rustDetection: StackDetection = {
  language: 'rust',
  detect: (view, dir) => view.exists(join(dir, 'Cargo.toml')),
  plan(view, dir) {
    const cargo = cargoToml(view, join(dir, 'Cargo.toml'));
    const pkg = (cargo.package ?? {}) as Record<string, unknown>;
    const plan: AppPlan = emptyPlan('rust', String(pkg.name ?? appName(view, dir)), dir);
    plan.packageManager = 'cargo';
    plan.installCommand = 'cargo fetch --locked';
    const toolchain = toolchainFile(view, dir);
    const version =
      toolchain && /^\d/.test(toolchain)
        ? toolchain
        : typeof pkg['rust-version'] === 'string'
          ? pkg['rust-version']
          : undefined;
    if (version) {
      plan.runtimeVersion = version.split('.').slice(0, 2).join('.');
      // A toolchain file pins the compiler; rust-version is the oldest one the crate supports.
      const pinned = version === toolchain;
      plan.runtimeConstraint = pinned ? plan.runtimeVersion : `>=${version}`;
      plan.evidence.runtimeVersion = pinned ? 'rust-toolchain' : 'Cargo.toml rust-version';
    }
    if (!view.exists(join(dir, 'Cargo.lock'))) {
      plan.installCommand = 'cargo fetch';
      plan.warnings.push('no Cargo.lock: commit it for an application, so builds are reproducible');
    }

    const bins = Array.isArray(cargo.bin)
      ? (cargo.bin as Array<Record<string, unknown>>).map((bin) => String(bin.name))
      : [];
    const hasMain = view.exists(join(dir, 'src/main.rs')) || view.list(join(dir, 'src/bin')).length > 0;
    const binary = bins[0] ?? (hasMain ? String(pkg.name ?? plan.name) : undefined);
    if (binary) {
      if (bins.length > 1) plan.warnings.push(`several binaries (${bins.join(', ')}): chose ${binary}`);
      const locked = view.exists(join(dir, 'Cargo.lock')) ? ' --locked' : '';
      plan.buildCommand = `cargo build --release${locked} --bin ${binary}`;
      plan.startCommand = `/app/${binary}`;
      plan.evidence.startCommand = bins.length ? 'Cargo.toml [[bin]]' : 'src/main.rs';
    } else if (!cargo.workspace) {
      plan.warnings.push('no binary (src/main.rs or [[bin]]): this crate is a library');
    }
    const deps = Object.keys((cargo.dependencies ?? {}) as object);
    plan.framework = FRAMEWORKS.find((name) => deps.includes(name));
    const sources = view.find(join(dir, 'src'), (name) => name.endsWith('.rs'), 40, 4);
    const port = portHint(view, dir, sources);
    plan.port = binary ? (port?.port ?? (plan.framework === 'rocket' ? 8000 : 8080)) : undefined;
    if (port) plan.evidence.port = port.from;
    if (plan.port !== undefined) plan.portEnv = portVariable(view, sources);
    // Rust's standard library installs no signal handlers: as PID 1 the process ignores SIGTERM unless
    // the code (tokio::signal, signal-hook, ctrlc) or the framework (actix-web, Rocket) handles it.
    const signalSource = sources.find((file) =>
      /tokio::signal|signal_hook|ctrlc::|SIGTERM|with_graceful_shutdown/.test(view.read(file) ?? ''),
    );
    plan.handlesSigterm =
      signalSource !== undefined || plan.framework === 'actix-web' || plan.framework === 'rocket';
    if (signalSource) plan.evidence.handlesSigterm = signalSource;
    const health = healthPath(view, sources);
    if (health) plan.healthcheckPath = health.path;
    const sqlx =
      (cargo.dependencies as Record<string, { features?: string[] }> | undefined)?.sqlx?.features ?? [];
    const fromFeatures = sqlx.includes('postgres')
      ? ['tokio-postgres']
      : sqlx.includes('mysql')
        ? ['mysql_async']
        : [];
    plan.services = [
      ...new Set([
        ...servicesFromDependencies([...deps, ...fromFeatures]),
        ...servicesFromFiles(view, [dir]),
      ]),
    ].sort();
    return plan;
  },
};

/** A member of a Cargo workspace fetches with the one Cargo.lock at the workspace root. */
export function applyCargoWorkspace(plan: AppPlan): void {
  plan.installCommand = 'cargo fetch --locked';
  plan.warnings = plan.warnings.filter((warning) => !warning.startsWith('no Cargo.lock'));
}

/**
 * The channel a rust-toolchain(.toml) names, found as rustup finds it: in the crate's folder or the
 * nearest folder above it (a workspace keeps one at its root for every member).
 */
function toolchainFile(view: FileView, dir: string): string | undefined {
  for (let folder = dir; ; folder = posix.dirname(folder)) {
    const toml = view.read(join(folder, 'rust-toolchain.toml'));
    if (toml !== undefined) return /channel\s*=\s*"([^"]+)"/.exec(toml)?.[1];
    const plain = view.read(join(folder, 'rust-toolchain'))?.trim();
    if (plain) return plain;
    if (folder === '.' || folder === '' || folder === posix.dirname(folder)) return undefined;
  }
}
