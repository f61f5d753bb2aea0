/**
 * A rule is data (id, aliases, severity, docs) plus one pure function of the parsed model, in ESLint's
 * shape. Findings carry exact ranges; a fix is a list of non-overlapping text edits that keep meaning.
 */

import type { Fix, Severity } from '../core/finding.js';
import type { Range } from '../core/source.js';
import type { DockerfileModel } from '../parse/dockerfile.js';
import type { Dockerignore } from '../parse/dockerignore.js';
import type { YamlSource } from '../parse/yaml-source.js';

export interface RuleDocs {
  /** One line: what the rule asks for. */
  summary: string;
  /** Why it matters, for the rule page. */
  why: string;
  /** A snippet that triggers the rule. */
  bad: string;
  /** The same snippet written well. */
  good: string;
  /** Settings the examples assume (e.g. trusted registries), when the rule depends on configuration. */
  settings?: Partial<LintSettings>;
  /** The .dockerignore beside the examples' Dockerfile, for rules about the build context. */
  dockerignore?: string;
  /** The Compose examples are a production file (compose.prod.yaml). */
  productionFile?: boolean;
  /** The Compose examples are a Swarm stack file (docker-stack.yml). */
  stackFile?: boolean;
}

export interface RuleMeta {
  id: string;
  /** Other tools' ids: hadolint's DLxxxx, BuildKit's check names. Pragmas and configs may use either. */
  aliases: string[];
  severity: Severity;
  /** Runs only when a configuration or preset gives it a level (hadolint's rules with severity "ignore"). */
  optIn?: boolean;
  fixable: boolean;
  docs: RuleDocs;
  /**
   * Message templates by id, `{name}` filled from a report's data (ESLint's meta.messages). Rules whose
   * messages are built from parts declare them, so tests assert the id and the parts, not the wording.
   */
  messages?: Record<string, string>;
}

interface ReportBase {
  range: Range;
  /** Text edits that keep the file's meaning; the engine drops them from a rule not marked fixable. */
  fix?: Fix[];
  /** Edits that change what the build does (which packages get installed): applied only when asked. */
  suggestion?: Fix[];
}

/** A report: a literal message, or a message id of the rule's `messages` with the values it names. */
export type Report = ReportBase &
  (
    | { message: string; messageId?: never }
    | { messageId: string; data?: Record<string, string | number | undefined> }
  );

export interface LintSettings {
  /** Registries FROM may pull from (hadolint's trustedRegistries); empty allows all. */
  trustedRegistries: string[];
  /** The date end-of-life checks compare against (ISO date); today unless a test pins it. */
  today?: string;
  /** hadolint's label-schema: label name to expected type (text, url, semver, hash, rfc3339, spdx, email). */
  labelSchema?: Record<string, string>;
  /** hadolint's strict-labels: labels outside the schema are reported. */
  strictLabels?: boolean;
}

export interface DockerfileContext {
  model: DockerfileModel;
  /** The `.dockerignore` of the build context, when one was found beside the Dockerfile. */
  dockerignore: Dockerignore | undefined;
  /** Whether a `.dockerignore` lookup was possible (false when linting text with no context). */
  contextKnown: boolean;
  settings: LintSettings;
  report(report: Report): void;
}

export interface ComposeContext {
  source: YamlSource;
  /** The file's absolute path, and read access to the files it includes or extends (none when linting text alone). */
  path: string;
  readFile: ((path: string) => string | undefined) | undefined;
  env: Record<string, string | undefined>;
  /** The file's value after interpolation. */
  value: Record<string, unknown>;
  /** A production file (`compose.prod.yaml`, `docker-compose.production.yml`, a Swarm stack). */
  production: boolean;
  /** A Swarm stack file (`docker-stack.yml`, `*.stack.yml`): read by `docker stack deploy`, format 3. */
  stack: boolean;
  settings: LintSettings;
  report(report: Report): void;
}

export interface DockerignoreContext {
  ignore: Dockerignore;
  settings: LintSettings;
  report(report: Report): void;
}

export interface DockerfileRule extends RuleMeta {
  kind: 'dockerfile';
  check(context: DockerfileContext): void;
}

export interface ComposeRule extends RuleMeta {
  kind: 'compose';
  check(context: ComposeContext): void;
}

export interface DockerignoreRule extends RuleMeta {
  kind: 'dockerignore';
  check(context: DockerignoreContext): void;
}

export type Rule = DockerfileRule | ComposeRule | DockerignoreRule;
