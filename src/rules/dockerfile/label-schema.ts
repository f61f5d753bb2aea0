/**
 * hadolint's label schema (DL3049-DL3058): with `label-schema` in the configuration, required labels
 * must exist, be non-empty and match their type; with `strict-labels`, no other labels are allowed.
 * One rule per check, so each hadolint id silences exactly what it silences in hadolint; this module holds
 * what they share.
 */

import type { KeyValue } from '../../parse/dockerfile.js';
import { expandWord } from '../../parse/dockerfile-words.js';
import type { DockerfileContext, DockerfileRule } from '../rule.js';

/** Every LABEL pair of the file, with its value as the build would see it. */
export function labels(context: DockerfileContext): Array<{ pair: KeyValue; value: string }> {
  const found: Array<{ pair: KeyValue; value: string }> = [];
  for (const instruction of context.model.instructions) {
    if (instruction.keyword !== 'LABEL') continue;
    for (const pair of instruction.pairs)
      found.push({ pair, value: expandWord(pair.value ?? '', () => undefined, context.model.escape).value });
  }
  return found;
}

/** The schema the non-typed label rules' examples assume. */
export const docsSettings = { labelSchema: { 'org.opencontainers.image.version': 'semver' } };

export interface LabelType {
  id: string;
  aliases: string[];
  /** The type name as the schema writes it (`url`, `semver`...). */
  type: string;
  /** How the message names a valid value: "a valid URL". */
  valueName: string;
  /** A valid value, for the rule's documented good example. */
  example: string;
  accepts(value: string): boolean;
}

/** A typed-label rule: labels the schema declares of this type must hold a valid value. */
export function labelTypeRule(spec: LabelType): DockerfileRule {
  return {
    kind: 'dockerfile',
    id: spec.id,
    aliases: spec.aliases,
    severity: 'warning',
    fixable: false,
    docs: {
      summary: `Give labels of type ${spec.type} in the label schema ${spec.valueName}.`,
      why: `Tools read labels by their declared type; a value that is not ${spec.valueName} breaks them silently. Values with variables are left alone (declare them as text).`,
      bad: 'FROM debian:bookworm-slim\nLABEL typed="not valid"\n',
      good: `FROM debian:bookworm-slim\nLABEL typed=${JSON.stringify(spec.example)}\n`,
      settings: { labelSchema: { typed: spec.type } },
    },
    messages: { label: 'label {key} is not {valueName}' },
    check(context: DockerfileContext) {
      const schema = context.settings.labelSchema ?? {};
      for (const { pair, value } of labels(context)) {
        if (schema[pair.key] !== spec.type || value === '' || (pair.value ?? '').includes('$')) continue;
        if (!spec.accepts(value))
          context.report({
            range: pair.range,
            messageId: 'label',
            data: { key: pair.key, valueName: spec.valueName },
          });
      }
    },
  };
}
