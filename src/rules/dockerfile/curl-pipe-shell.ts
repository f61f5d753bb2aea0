import type { DockerfileRule } from '../rule.js';
import { commandRange, commands } from './helpers.js';

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash', 'python', 'python3', 'perl', 'ruby', 'node']);
const FETCHERS = new Set(['curl', 'wget']);

export const curlPipeShell: DockerfileRule = {
  kind: 'dockerfile',
  id: 'curl-pipe-shell',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not pipe a download straight into a shell.',
    why: '`curl https://… | sh` runs whatever the server sends at build time, unverified, as the build user (often root). A compromised or changed script changes your image silently. Download to a file, check its checksum (or use `ADD --checksum=sha256:…`), then run it.',
    bad: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://get.example.com/install.sh | sh\n',
    good: 'FROM debian:bookworm-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://get.example.com/install.sh /tmp/install.sh\nRUN sh /tmp/install.sh && rm /tmp/install.sh\n',
  },
  check({ model, report }) {
    for (const site of commands(model)) {
      if (site.command.connector !== '|' || !site.command.program || !SHELLS.has(site.command.program))
        continue;
      const list = site.script.script.commands;
      const before = list[list.indexOf(site.command) - 1];
      if (!before?.program || !FETCHERS.has(before.program)) continue;
      report({
        range: commandRange(model, site),
        message: `${before.program} output piped into ${site.command.program} runs unverified code: download, verify a checksum, then run`,
      });
    }
  },
};
