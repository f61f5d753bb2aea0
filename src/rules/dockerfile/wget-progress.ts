import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const wgetProgress: DockerfileRule = {
  kind: 'dockerfile',
  id: 'wget-progress',
  aliases: ['DL3047'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Give wget --progress=dot:giga (or -q) in builds.',
    why: "wget's default progress bar redraws itself many times a second; in a build log every redraw becomes a line, and a large download floods CI logs with megabytes of output.",
    bad: 'FROM debian:bookworm-slim\nRUN wget https://example.com/big.tar.gz\n',
    good: 'FROM debian:bookworm-slim\nRUN wget --progress=dot:giga https://example.com/big.tar.gz\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['wget'])) {
      // Quiet, or logging to a file (-o/-a), keeps the progress bar out of the build log.
      const quiet = site.command.args.some(
        (arg) =>
          /^--(progress|quiet|no-verbose|output-file|append-output)/.test(arg.value ?? '') ||
          /^-[a-zA-Z]*[qvoa]/.test(arg.value ?? '') ||
          arg.value === '-nv',
      );
      if (!quiet)
        report({
          range: commandRange(model, site),
          message: 'wget without --progress floods the build log: add --progress=dot:giga or -q',
        });
    }
  },
};
