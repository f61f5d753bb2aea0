import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const zypperNoDistUpgrade: DockerfileRule = {
  kind: 'dockerfile',
  id: 'zypper-no-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not run zypper dist-upgrade in a Dockerfile.',
    why: 'A distribution upgrade inside an image turns a pinned base into an unpinned one and can pull in a new release; upgrade by moving to a newer base image tag instead.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper dist-upgrade\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.6 && zypper clean\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['zypper'], ['dist-upgrade', 'dup'])) {
      report({
        range: commandRange(model, site),
        message: 'do not dist-upgrade in a build: move to a newer base image instead',
      });
    }
  },
};
