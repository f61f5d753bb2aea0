import { stageLineage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

export const healthcheckMissing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'healthcheck-missing',
  aliases: ['DL3057'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Give an image that serves a port a HEALTHCHECK.',
    why: 'Without a health check Docker, Compose (`depends_on: condition: service_healthy`) and Swarm can only see that the process exists, not that it answers: a hung server stays "running" forever. Probe with a tool the image has (the runtime itself, or a tiny static binary in distroless); Kubernetes ignores HEALTHCHECK and uses its own probes.',
    bad: 'FROM node:20-bookworm-slim\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
    good: 'FROM node:20-bookworm-slim\nEXPOSE 3000\nHEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch(\'http://127.0.0.1:3000/health\').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]\nCMD ["node", "server.js"]\n',
  },
  messages: { noHealthcheck: 'the final stage serves {rest} but has no HEALTHCHECK' },
  check({ model, report }) {
    const final = model.stages[model.stages.length - 1];
    if (!final) return;
    const instructions = stageLineage(model, final).flatMap((stage) => stage.instructions);
    const expose = instructions.find((i) => i.keyword === 'EXPOSE');
    if (!expose || instructions.some((i) => i.keyword === 'HEALTHCHECK')) return;
    report({
      range: final.from.range,
      messageId: 'noHealthcheck',
      data: { rest: expose.rest },
    });
  },
};
