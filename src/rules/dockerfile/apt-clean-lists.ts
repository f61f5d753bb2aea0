import { type DockerfileModel, finalStage, type Stage, stageLineage } from '../../parse/dockerfile.js';
import { type ShellCommand, subcommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { type CommandSite, commandRange, commandsOf, laterInSameRun, mountCovers } from './helpers.js';

const LISTS = '/var/lib/apt/lists';

/** `rm -rf /var/lib/apt/lists/*`, or `apt-get dist-clean` (apt 2.7+, Debian 13), which removes the lists too. */
function removesLists(command: ShellCommand): boolean {
  if (command.program === 'rm') return command.args.some((arg) => (arg.value ?? arg.raw).startsWith(LISTS));
  return (command.program === 'apt-get' || command.program === 'apt') && subcommand(command) === 'dist-clean';
}

/**
 * Where the fix can append `&& rm ...`: right after the RUN's last top-level command, when only blanks or a
 * shell comment follow it (text after a `#` is the shell's comment, so appending there would do nothing).
 */
function appendOffset(model: DockerfileModel, site: CommandSite): number | undefined {
  const run = site.instruction;
  if (site.script.origin !== 'line' || site.script.script.error || run.keyword !== 'RUN') return undefined;
  const topLevel = site.script.script.commands.filter((command) => !command.nested && !command.viaShellC);
  const last = topLevel[topLevel.length - 1];
  if (!last) return undefined;
  const end = site.script.toSource(last.end);
  const after = model.text.slice(end, run.restRange.endOffset);
  return /^[ \t]*(#[^\n]*)?$/.test(after) ? end : undefined;
}

/** Stages whose files end up in the final image: the last stage and the stages it is built FROM. */
export function shippedStages(model: DockerfileModel): Set<Stage> {
  const final = finalStage(model);
  return new Set(final ? stageLineage(model, final) : []);
}

export const aptCleanLists: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apt-clean-lists',
  aliases: ['DL3009'],
  severity: 'info',
  fixable: true,
  docs: {
    summary: 'Remove /var/lib/apt/lists in the same RUN as apt-get update.',
    why: 'apt-get update downloads tens of megabytes of package lists. Deleted in a later RUN they stay in the earlier layer and in every pull; deleted in the same RUN they never reach the image. A BuildKit cache mount on the lists directory is just as good.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  },
  messages: { listsLeft: 'remove {LISTS}/* in this RUN, or the package lists stay in the image' },
  check({ model, report }) {
    const shipped = shippedStages(model);
    const reported = new Set<unknown>();
    for (const site of commandsOf(model, ['apt-get', 'apt', 'aptitude'], ['update', 'install'])) {
      const stage = model.stages[site.instruction.stage];
      // An ONBUILD trigger runs in whatever image builds FROM this one, shipped or not.
      const shippedHere = site.instruction.keyword === 'ONBUILD' || (stage && shipped.has(stage));
      if (!shippedHere || reported.has(site.script)) continue;
      if (mountCovers(site.instruction, LISTS) || laterInSameRun(site, removesLists)) continue;
      reported.add(site.script);
      const offset = appendOffset(model, site);
      report({
        range: commandRange(model, site),
        messageId: 'listsLeft',
        data: { LISTS },
        fix:
          offset === undefined
            ? undefined
            : [{ range: model.index.range(offset, offset), text: ` && rm -rf ${LISTS}/*` }],
      });
    }
  },
};
