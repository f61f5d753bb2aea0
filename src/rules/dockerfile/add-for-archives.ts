import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

/** The last path component; Windows images separate with `\` (`COPY build\app.tar.gz C:\app\`). */
function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

/** COPY takes `"C:\Program Files\Foo"` as one quoted word. */
function unquoted(word: string): string {
  return /^(["']).*\1$/s.test(word) && word.length >= 2 ? word.slice(1, -1) : word;
}

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
          const words = instruction.args.map((word) => unquoted(word.raw));
          const destination = words[words.length - 1] ?? '';
          for (const source of words.slice(0, -1)) {
            if (!ARCHIVE.test(source)) continue;
            const name = baseName(source);
            const line = instruction.range.start.line;
            // Into a folder (`/tmp/`, `C:\tmp\`) the archive keeps its name; otherwise the destination is
            // its new name, which a later `tar -xf` may use on its own (`tar -xf foo.tar.gz` after WORKDIR).
            if (/[/\\]$/.test(destination)) copied.set(`${destination}${name}`, line);
            else {
              copied.set(destination, line);
              copied.set(baseName(destination), line);
            }
            copied.set(name, line);
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
          .find((value) => copied.has(value) || copied.has(baseName(value)));
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
