import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const useShellInstruction: DockerfileRule = {
  kind: 'dockerfile',
  id: 'use-shell-instruction',
  aliases: ['DL4005'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Change the build shell with SHELL, not by relinking /bin/sh.',
    why: 'Replacing /bin/sh (`ln -sf /bin/bash /bin/sh`) changes the shell for every program in the image that runs `sh`, not just your RUN lines. SHELL ["/bin/bash", "-c"] changes only the Dockerfile.',
    bad: 'FROM debian:bookworm-slim\nRUN ln -sf /bin/bash /bin/sh\n',
    good: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['ln'])) {
      const target = site.command.args[site.command.args.length - 1]?.value;
      if (target === '/bin/sh')
        report({
          range: commandRange(model, site),
          message: 'use SHELL to change the build shell instead of replacing /bin/sh',
        });
    }
  },
};
