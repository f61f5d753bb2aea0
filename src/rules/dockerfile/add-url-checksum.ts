import type { DockerfileRule } from '../rule.js';

/**
 * `ADD https://github.com/moby/buildkit.git#v0.16.0 /src` clones a repository: --checksum applies to files
 * only, a git source is pinned by its ref (a tag or commit after `#`), which is another rule's business.
 */
function isGitUrl(url: string): boolean {
  return /\.git(#.*)?$/.test(url) || /\.git#/.test(url);
}

export const addUrlChecksum: DockerfileRule = {
  kind: 'dockerfile',
  id: 'add-url-checksum',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Verify what ADD downloads with --checksum.',
    why: 'ADD with a URL fetches whatever the server returns at build time. If the file is replaced (a compromised release, a moved tag), the image changes silently. `ADD --checksum=sha256:…` makes the build fail instead.',
    bad: 'FROM debian:bookworm-slim\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n',
    good: 'FROM debian:bookworm-slim\nADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n',
  },
  messages: { unverified: 'ADD {url} is not verified: add --checksum=sha256:<digest>' },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (
        instruction.keyword !== 'ADD' ||
        instruction.flags.some((flag) => flag.name === 'checksum' || flag.name === 'keep-git-dir')
      )
        continue;
      const sources = (instruction.exec ?? instruction.args.map((word) => word.raw)).slice(0, -1);
      const url = sources.find((source) => /^https?:\/\//.test(source) && !isGitUrl(source));
      if (url)
        report({
          range: instruction.range,
          messageId: 'unverified',
          data: { url },
        });
    }
  },
};
