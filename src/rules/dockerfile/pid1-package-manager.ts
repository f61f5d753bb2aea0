import type { Instruction } from '../../parse/dockerfile.js';
import { parseShell } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';

const MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);
const SCRIPTS = new Set(['start', 'run', 'serve', 'dev']);

/** The command line the container starts with: ENTRYPOINT and CMD as Docker combines them. */
function startWords(instruction: Instruction): string[] {
  if (instruction.exec) return instruction.exec;
  return parseShell(instruction.rest).commands[0]?.args.map((arg) => arg.value ?? arg.raw) ?? [];
}

function startProgram(instruction: Instruction): string | undefined {
  if (instruction.exec) return instruction.exec[0]?.split('/').pop();
  return parseShell(instruction.rest).commands[0]?.program;
}

export const pid1PackageManager: DockerfileRule = {
  kind: 'dockerfile',
  id: 'pid1-package-manager',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Start the app itself, not npm start (or yarn, pnpm).',
    why: 'As PID 1, npm does not forward SIGTERM to the node process it spawned: `docker stop` waits out its timeout and then SIGKILLs the app mid-request, and Kubernetes rolling updates drop connections. npm also adds a second process and noisy logs. Run `node server.js` directly (exec form), with an init such as tini or `docker run --init` if the app spawns children.',
    bad: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\nCMD ["npm", "start"]\n',
    good: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
  },
  messages: {
    pidDoesPass:
      '{program} as PID 1 does not pass SIGTERM to the app: start the app directly (e.g. ["node", "server.js"])',
  },
  check({ model, report }) {
    const final = model.stages[model.stages.length - 1];
    if (!final) return;
    const starts = final.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    const entrypoint = starts.filter((i) => i.keyword === 'ENTRYPOINT').pop();
    const cmd = starts.filter((i) => i.keyword === 'CMD').pop();
    // An init (tini, dumb-init) as ENTRYPOINT forwards signals: then npm is no longer PID 1.
    const init = entrypoint && /^(tini|dumb-init|catatonit)$/.test(startProgram(entrypoint) ?? '');
    const first = init ? cmd : (entrypoint ?? cmd);
    if (!first || init) return;
    const program = startProgram(first);
    if (!program || !MANAGERS.has(program)) return;
    const words = startWords(first);
    if (!words.some((word) => SCRIPTS.has(word))) return;
    report({
      range: first.restRange,
      messageId: 'pidDoesPass',
      data: { program },
    });
  },
};
