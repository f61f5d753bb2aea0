import type { DockerfileRule } from '../rule.js';
import { isWindowsStage } from './helpers.js';

export const numericUser: DockerfileRule = {
  kind: 'dockerfile',
  id: 'numeric-user',
  aliases: ['DL3066'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Give the final USER as a numeric UID.',
    why: "Kubernetes `runAsNonRoot` can only verify a numeric user: with `USER app` the kubelet cannot tell app is not root and refuses to start the pod. A number (`USER 10001`, or `USER 1000` for the node image's node user) works everywhere and needs no /etc/passwd lookup.",
    bad: 'FROM node:20-bookworm-slim\nUSER node\n',
    good: 'FROM node:20-bookworm-slim\nUSER 1000\n',
  },
  messages: { nameNotUid: 'USER {name} is a name: use its numeric UID so runAsNonRoot can check it' },
  check({ model, report }) {
    const final = model.stages[model.stages.length - 1];
    const user = final?.instructions.filter((i) => i.keyword === 'USER').pop();
    const name = user?.args[0]?.raw.split(':')[0];
    if (!user || !name || /^\d+$/.test(name) || name.includes('$') || name === 'root') return;
    // Windows users (ContainerUser, ContainerAdministrator) have no UID to write instead.
    if (final && isWindowsStage(model, final)) return;
    report({
      range: user.restRange,
      messageId: 'nameNotUid',
      data: { name },
    });
  },
};
