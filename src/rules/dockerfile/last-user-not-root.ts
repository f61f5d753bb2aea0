import { stageLineage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

export const lastUserNotRoot: DockerfileRule = {
  kind: 'dockerfile',
  id: 'last-user-not-root',
  aliases: ['DL3002'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not end the final stage as root.',
    why: 'The last USER is the user the container runs as. As root, a compromised app owns the container and whatever is mounted into it, and Kubernetes `runAsNonRoot` refuses to start it. Switch to an unprivileged user after the steps that need root.',
    bad: 'FROM debian:bookworm-slim\nUSER 10001\nRUN mkdir /data\nUSER root\n',
    good: 'FROM debian:bookworm-slim\nRUN mkdir /data && chown 10001 /data\nUSER 10001\n',
  },
  check({ model, report }) {
    const final = model.stages[model.stages.length - 1];
    // A stage built FROM an earlier stage inherits its user: the last USER of the whole lineage counts.
    const lineage = final ? stageLineage(model, final).reverse() : [];
    const users = lineage.flatMap((stage) => stage.instructions).filter((i) => i.keyword === 'USER');
    const last = users[users.length - 1];
    if (!last) return;
    const user = (last.args[0]?.raw ?? '').split(':')[0];
    if (user === 'root' || user === '0')
      report({ range: last.range, message: 'the image ends as root: switch to an unprivileged USER last' });
  },
};
