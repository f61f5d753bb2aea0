import type { Range } from '../../core/source.js';
import {
  AUTOMATIC_ARGS,
  type DockerfileModel,
  type Instruction,
  stageLineage,
  stageScopes,
} from '../../parse/dockerfile.js';
import { referencedVariables } from '../../parse/dockerfile-words.js';
import type { DockerfileRule } from '../rule.js';

/** Instructions whose arguments Docker expands (RUN, CMD and ENTRYPOINT are expanded by the shell). */
const EXPANDED = new Set([
  'ADD',
  'COPY',
  'ENV',
  'EXPOSE',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
  'ARG',
]);

/**
 * Variables official images set in their own ENV. BuildKit reads the base image's config; a linter
 * does not pull images, so these count as defined wherever an image (not a stage) is the base.
 */
const IMAGE_ENV = new Set([
  'PATH',
  'HOME',
  'HOSTNAME',
  'LANG',
  'LC_ALL',
  'TZ',
  'USER',
  'LD_LIBRARY_PATH',
  'SSL_CERT_FILE',
  'NODE_VERSION',
  'YARN_VERSION',
  'PYTHON_VERSION',
  'PYTHON_SHA256',
  'GPG_KEY',
  'PIP_VERSION',
  'GOLANG_VERSION',
  'GOPATH',
  'GOTOOLCHAIN',
  'CARGO_HOME',
  'RUSTUP_HOME',
  'RUST_VERSION',
  'JAVA_HOME',
  'JAVA_VERSION',
  'MAVEN_HOME',
  'MAVEN_CONFIG',
  'GRADLE_HOME',
  'GRADLE_VERSION',
  'RUBY_VERSION',
  'RUBY_DOWNLOAD_SHA256',
  'GEM_HOME',
  'BUNDLE_SILENCE_ROOT_WARNING',
  'BUNDLE_APP_CONFIG',
  'PHP_VERSION',
  'PHP_INI_DIR',
  'PHPIZE_DEPS',
  'PHP_CFLAGS',
  'PHP_LDFLAGS',
  'DOTNET_VERSION',
  'ASPNET_VERSION',
  'ASPNETCORE_HTTP_PORTS',
  'APP_UID',
  'DOTNET_RUNNING_IN_CONTAINER',
  'NGINX_VERSION',
  'NJS_VERSION',
  'PGDATA',
  'PG_MAJOR',
  'PG_VERSION',
  'MYSQL_MAJOR',
  'REDIS_VERSION',
]);

function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = levenshtein(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] as number;
}

export const undefinedVar: DockerfileRule = {
  kind: 'dockerfile',
  id: 'undefined-var',
  aliases: ['UndefinedVar'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Use only variables that an ARG or ENV defines.',
    why: 'Docker expands an undefined variable to an empty string without a word: `COPY app $APP_HOM/` copies to `/`, and `WORKDIR $APP_HOME` (declared only in a later stage) lands in the root. BuildKit warns about these; the message suggests the name you probably meant.',
    bad: 'FROM debian:bookworm-slim\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOM\n',
    good: 'FROM debian:bookworm-slim\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME\n',
  },
  messages: {
    undefined: '${name} is not defined here',
    typo: '${name} is not defined here (did you mean ${suggestion}?)',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      // A stage built on another stage inherits the environment of the image at the root of its lineage.
      const lineage = stageLineage(model, stage);
      const fromImage = (lineage[lineage.length - 1] as typeof stage).baseImageExpanded !== 'scratch';
      for (const [instruction, scope] of stageScopes(model, stage)) {
        if (!EXPANDED.has(instruction.keyword) || instruction.heredocs.length) continue;
        for (const name of usedNames(instruction)) {
          if (scope.has(name) || AUTOMATIC_ARGS.includes(name) || (fromImage && IMAGE_ENV.has(name)))
            continue;
          const suggestion = closest(name, [...scope.keys(), ...AUTOMATIC_ARGS]);
          // Over an image, an unknown name may be the image's own ENV, which a linter that pulls no image
          // cannot see: only a near miss of a name this file defines (a probable typo) is reported there.
          if (fromImage && !suggestion) continue;
          const range = variableRange(model, instruction, name);
          if (suggestion) report({ range, messageId: 'typo', data: { name, suggestion } });
          else report({ range, messageId: 'undefined', data: { name } });
        }
      }
    }
  },
};

/** The first `$name` or `${name...}` of the instruction, where the finding points. */
function variableRange(model: DockerfileModel, instruction: Instruction, name: string): Range {
  const match = new RegExp(`\\$(\\{${name}\\b[^}]*\\}|${name}\\b)`).exec(instruction.argsText);
  if (!match) return instruction.argsRange;
  const start = instruction.sourceOffsetOf(match.index);
  const end = instruction.sourceOffsetOf(match.index + match[0].length, true);
  return model.index.range(start, end);
}

/** Names referenced by an instruction, without those its own ENV/ARG pairs define before use. */
function usedNames(instruction: Instruction): string[] {
  const names: string[] = [];
  const own = new Set<string>();
  if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG' || instruction.keyword === 'LABEL') {
    for (const pair of instruction.pairs) {
      // A name this same instruction defines is env-self-reference's finding, not this rule's.
      for (const name of referencedVariables(pair.value ?? '')) if (!own.has(name)) names.push(name);
      if (instruction.keyword !== 'LABEL') own.add(pair.key);
    }
  } else {
    names.push(...referencedVariables(instruction.argsText));
  }
  // ${VAR:-default} and ${VAR:+x} handle an unset VAR themselves.
  const guarded = new Set(
    [...instruction.argsText.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?[-+?]/g)].map((match) => match[1]),
  );
  return [...new Set(names)].filter((name) => !guarded.has(name));
}
