import type { DockerfileRule } from '../rule.js';

export const instructionCasing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Write all instructions in the same case (upper case by convention).',
    why: 'Instructions are case-insensitive, but a file that mixes `run` and `RUN` reads as carelessly as one that mixes indentation. The fix follows the case most of the file already uses.',
    bad: 'FROM debian:bookworm-slim\nrun echo hello\n',
    good: 'FROM debian:bookworm-slim\nRUN echo hello\n',
  },
  messages: { casing: '{keywordText} should be {wanted}, like the rest of the file' },
  check({ model, report }) {
    const instructions = model.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
    const lower = instructions.filter((i) => i.keywordText === i.keywordText.toLowerCase()).length;
    const upper = instructions.filter((i) => i.keywordText === i.keywordText.toUpperCase()).length;
    const wantUpper = upper >= lower;
    for (const instruction of instructions) {
      const wanted = wantUpper
        ? instruction.keywordText.toUpperCase()
        : instruction.keywordText.toLowerCase();
      if (instruction.keywordText === wanted) continue;
      report({
        range: instruction.keywordRange,
        messageId: 'casing',
        data: { keywordText: instruction.keywordText, wanted },
        fix: [{ range: instruction.keywordRange, text: wanted }],
      });
    }
  },
};
