import type { DockerfileRule } from '../rule.js';
import { commandsOf, wordRange } from './helpers.js';

/** Octal modes that give others write permission (…2, …3, …6, …7 in the last digit), or `o+w`/`a+w`. */
function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return [2, 3, 6, 7].includes(Number(mode[mode.length - 1]));
  return /(^|,)[ugo]*[ao][ugo]*\+[rwxXst]*w/.test(mode) || /(^|,)\+[rwxXst]*w/.test(mode);
}

export const chmodWorldWritable: DockerfileRule = {
  kind: 'dockerfile',
  id: 'chmod-world-writable',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not make files world-writable (chmod 777).',
    why: 'chmod 777 is the usual shortcut around a permission error, and it lets any process in the container (or on a shared volume) replace your code or data. Give the files to the user that needs them (`COPY --chown=10001:10001`) with modes like 755 for directories and 644 for files.',
    bad: 'FROM debian:bookworm-slim\nRUN mkdir /data && chmod -R 777 /data\n',
    good: 'FROM debian:bookworm-slim\nRUN mkdir /data && chown 10001:10001 /data && chmod 750 /data\n',
  },
  messages: { worldWritable: 'mode {value} makes files writable by every user' },
  check({ model, report }) {
    for (const site of commandsOf(model, ['chmod'])) {
      const mode = site.command.args.find((arg) => arg.value && !arg.value.startsWith('-'));
      if (mode?.value && worldWritable(mode.value)) {
        report({
          range: wordRange(model, site, mode),
          messageId: 'worldWritable',
          data: { value: mode.value },
        });
      }
    }
  },
};
