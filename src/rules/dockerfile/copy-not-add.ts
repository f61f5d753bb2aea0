import type { DockerfileRule } from '../rule.js';

// Compressed single files too (.gz, .bz2, .xz): hadolint counts them as archives, and ADD is where people expect them.
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|gz|bz2|xz|zst)$/i;
const REMOTE = /^(https?:\/\/|git@|git:\/\/)/;

export const copyNotAdd: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-not-add',
  aliases: ['DL3020'],
  severity: 'error',
  fixable: true,
  docs: {
    summary: 'Use COPY for local files; keep ADD for URLs and archives to extract.',
    why: 'ADD does more than copy: it extracts local tar archives and downloads URLs. Used for plain files it hides that magic from the reader, and a file that happens to be an archive is unpacked by surprise. COPY does exactly one thing.',
    bad: 'FROM debian:bookworm-slim\nADD ./config.json /etc/app/\n',
    good: 'FROM debian:bookworm-slim\nCOPY ./config.json /etc/app/\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'ADD' || instruction.heredocs.length) continue;
      const sources = (
        instruction.exec ?? instruction.args.map((word) => word.raw.replace(/^(["'])(.*)\1$/, '$2'))
      ).slice(0, -1);
      if (
        !sources.length ||
        sources.some((source) => ARCHIVE.test(source) || REMOTE.test(source) || source.includes('$'))
      )
        continue;
      if (
        instruction.flags.some(
          (flag) => flag.name === 'checksum' || flag.name === 'keep-git-dir' || flag.name === 'unpack',
        )
      )
        continue;
      report({
        range: instruction.keywordRange,
        message: 'ADD of local files: use COPY, which does not extract archives behind your back',
        fix: [
          {
            range: instruction.keywordRange,
            text: instruction.keywordText === instruction.keywordText.toLowerCase() ? 'copy' : 'COPY',
          },
        ],
      });
    }
  },
};
