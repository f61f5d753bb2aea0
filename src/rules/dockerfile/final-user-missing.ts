import { stageLineage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

/** Bases whose image config already names an unprivileged user. */
const NON_ROOT_BASES =
  /(:|-)nonroot$|^gcr\.io\/distroless\/.*:(nonroot|debug-nonroot)|^cgr\.dev\/chainguard\//;

export const finalUserMissing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'final-user-missing',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Set an unprivileged USER in the final stage.',
    why: "Without USER a container runs as root, the image default for almost every base (node, python, golang and debian included). A bug in the app then has root in the container, and Kubernetes `runAsNonRoot` refuses the pod. Add a numeric user: the image's own (`USER 1000` for node) or one you create (`useradd --uid 10001`).",
    bad: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY server.js ./\nCMD ["node", "server.js"]\n',
    good: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY server.js ./\nUSER 1000\nCMD ["node", "server.js"]\n',
  },
  check({ model, report }) {
    const final = model.stages[model.stages.length - 1];
    if (!final) return;
    const chain = stageLineage(model, final);
    const base = chain[chain.length - 1] as typeof final;
    if (chain.some((stage) => stage.instructions.some((i) => i.keyword === 'USER'))) return;
    if (base.baseImageExpanded === 'scratch' || NON_ROOT_BASES.test(base.baseImageExpanded)) return;
    report({
      range: final.from.range,
      message: 'the final stage sets no USER, so the container runs as root',
    });
  },
};
