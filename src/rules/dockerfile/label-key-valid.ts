import { type DockerfileModel, type Instruction, variablesAt } from '../../parse/dockerfile.js';
import { expandWord } from '../../parse/dockerfile-words.js';
import type { DockerfileRule } from '../rule.js';

const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Docker expands variables in label keys. A key whose variables all have values here is checked as
 * expanded; one that needs a build argument (`ARG VENDOR` without a default) cannot be known and is
 * skipped; one that names a variable nothing before it declares is reported as written, as hadolint does
 * (the `$` is most likely meant literally, or its ARG was forgotten).
 */
function keyToCheck(
  model: DockerfileModel,
  instruction: Instruction,
  key: string,
): { key: string; undeclared?: string } | undefined {
  const names = [...key.matchAll(REFERENCE)].map((match) => match[1] as string);
  if (!names.length) return { key };
  const scope = variablesAt(model, instruction);
  const undeclared = names.find((name) => !scope.has(name));
  if (undeclared) return { key, undeclared };
  if (names.some((name) => scope.get(name) === undefined)) return undefined;
  return { key: expandWord(key, (name) => scope.get(name), model.escape).value };
}

export const labelKeyValid: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-key-valid',
  aliases: ['DL3048'],
  severity: 'style',
  fixable: false,
  docs: {
    summary: 'Write label keys as lower-case reverse-DNS names.',
    why: "Docker's guidance for label keys: lower-case letters, digits, `.` and `-`, starting and ending with a letter or digit, no `..` or `--`, and the `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces reserved. Tools that read labels (OCI annotations, registries) expect that shape.",
    bad: 'FROM debian:bookworm-slim\nLABEL Version="1.0"\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.0"\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'LABEL') continue;
      for (const pair of instruction.pairs) {
        const checked = keyToCheck(model, instruction, pair.key);
        if (!checked) continue;
        const { key, undeclared } = checked;
        const reserved = /^(com\.docker|io\.docker|org\.dockerproject)\./.test(key);
        const shape = /^[a-z]([a-z0-9.-]*[a-z0-9])?$/.test(key) && !/\.\.|--/.test(key);
        if (undeclared)
          report({
            range: pair.range,
            message: `label key ${key} uses $${undeclared}, which nothing before it declares: Docker puts its value (most likely empty) in the key`,
          });
        else if (reserved || !shape)
          report({
            range: pair.range,
            message: reserved
              ? `${key} uses a namespace reserved for Docker`
              : `label key ${key} should be lower-case letters, digits, . and -, starting with a letter`,
          });
      }
    }
  },
};
