import { looksLikeSecretName, tokenIn } from '../../core/secret-names.js';
import type { DockerfileRule } from '../rule.js';

export const secretsInArgEnv: DockerfileRule = {
  kind: 'dockerfile',
  id: 'secrets-in-arg-env',
  aliases: ['SecretsUsedInArgOrEnv', 'DL3064'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pass secrets with RUN --mount=type=secret, never ARG or ENV.',
    why: 'ARG values are recorded in the image history (`docker history` shows them) and ENV values ship in the image config: anyone who can pull the image can read them. A secret mount exposes the value to one RUN and leaves no trace in any layer.',
    bad: 'FROM node:20-bookworm-slim\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci\n',
    good: 'FROM node:20-bookworm-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
  },
  messages: {
    holdsToken:
      '{key} holds a secret token ({token}): {keyword} values stay readable in the image; use RUN --mount=type=secret',
    looksLikeSecret:
      '{key} looks like a secret: {keyword} values stay readable in the image; use RUN --mount=type=secret',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue;
      for (const pair of instruction.pairs) {
        // A value in a known token format is a secret whatever its name (AWS_ACCESS_KEY_ID=AKIA...).
        const token = pair.value === undefined ? undefined : tokenIn(pair.value);
        if (!token && !looksLikeSecretName(pair.key)) continue;
        report({
          range: pair.range,
          ...(token
            ? { messageId: 'holdsToken', data: { key: pair.key, token, keyword: instruction.keyword } }
            : { messageId: 'looksLikeSecret', data: { key: pair.key, keyword: instruction.keyword } }),
        });
      }
    }
  },
};
