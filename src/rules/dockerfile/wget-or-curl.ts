import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const wgetOrCurl: DockerfileRule = {
  kind: 'dockerfile',
  id: 'wget-or-curl',
  aliases: ['DL4001'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Use either wget or curl in a Dockerfile, not both.',
    why: 'Each is a package to install, patch and scan. Using both usually means one was added for a single download; pick one and use it throughout.',
    bad: 'FROM debian:bookworm-slim\nRUN wget -q https://example.com/a && curl -fsSLO https://example.com/b\n',
    good: 'FROM debian:bookworm-slim\nRUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b\n',
  },
  check({ model, report }) {
    // Per stage, as hadolint counts: a build stage's wget does not ship next to the final stage's curl.
    for (const stage of model.stages) {
      const inStage = (program: string) =>
        [...commandsOf(model, [program])].filter((site) => site.instruction.stage === stage.index);
      const wget = inStage('wget');
      const curl = inStage('curl');
      if (!wget.length || !curl.length) continue;
      for (const site of wget.length <= curl.length ? wget : curl) {
        report({
          range: commandRange(model, site),
          message: 'this stage uses both wget and curl: pick one',
        });
      }
    }
  },
};
