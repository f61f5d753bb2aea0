import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

export const addForArchives: DockerfileRule = {
  kind: 'dockerfile',
  id: 'add-for-archives',
  aliases: ['DL3010'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Let ADD extract a local archive instead of COPY then tar.',
    why: 'COPY of an archive followed by `tar -x` stores the archive in one layer and its contents in the next, so the image carries both. ADD extracts a local tar archive in one step and one layer.',
    bad: 'FROM debian:bookworm-slim\nCOPY vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/vendor.tar.gz -C /opt\n',
    good: 'FROM debian:bookworm-slim\nADD vendor.tar.gz /opt/\n',
  },
  messages: {
    wasCopiedThen: '{archive} was copied in then extracted: ADD it instead and the archive never ships',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const copied = new Map<string, number>();
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'COPY' && !instruction.flags.some((f) => f.name === 'from')) {
          const words = instruction.args.map((word) => word.raw);
          const destination = words[words.length - 1] ?? '';
          for (const source of words.slice(0, -1)) {
            if (!ARCHIVE.test(source)) continue;
            const name = source.split('/').pop() as string;
            copied.set(
              destination.endsWith('/') ? `${destination}${name}` : destination,
              instruction.range.start.line,
            );
            copied.set(name, instruction.range.start.line);
          }
        }
      }
      if (!copied.size) continue;
      for (const site of commandsOf(model, ['tar'])) {
        if (model.stages[site.instruction.stage] !== stage) continue;
        const extracts = site.command.args.some(
          (arg) => /^-?[a-zA-Z]*x/.test(arg.value ?? '') || arg.value === '--extract',
        );
        const archive = site.command.args
          .map((arg) => arg.value ?? '')
          .find((value) => copied.has(value) || copied.has(value.split('/').pop() ?? ''));
        if (extracts && archive)
          report({
            range: commandRange(model, site),
            messageId: 'wasCopiedThen',
            data: { archive },
          });
      }
    }
  },
};
