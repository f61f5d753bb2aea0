import { type DockerfileModel, finalStage, type Stage, stageLineage } from '../../parse/dockerfile.js';
import { type ShellCommand, subcommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import {
  type CommandSite,
  commandRange,
  commands,
  commandsOf,
  laterInSameRun,
  mountCovers,
} from './helpers.js';

const LISTS = '/var/lib/apt/lists';
const ARCHIVES = '/var/cache/apt';

/**
 * Turns off the docker-clean hook of Docker's Debian and Ubuntu images, which deletes the downloaded .deb
 * files after every install: the BuildKit cache-mount recipe removes it so that the cache keeps them.
 */
function disablesDockerClean(command: ShellCommand): boolean {
  if (command.program === 'rm')
    return command.args.some((arg) => (arg.value ?? arg.raw).endsWith('/etc/apt/apt.conf.d/docker-clean'));
  return (
    command.program === 'echo' &&
    command.args.some((arg) => /Keep-Downloaded-Packages\s+"?true/.test(arg.value ?? arg.raw))
  );
}

/** `apt-get clean`, `apt-get dist-clean`, `rm -rf /var/cache/apt/...`: the downloaded packages go. */
function removesArchives(command: ShellCommand): boolean {
  if (command.program === 'rm')
    return command.args.some((arg) => (arg.value ?? arg.raw).startsWith(ARCHIVES));
  const sub = subcommand(command);
  return (
    (command.program === 'apt-get' || command.program === 'apt') && (sub === 'clean' || sub === 'dist-clean')
  );
}

/** Whether docker-clean is off here: removed earlier in this RUN or in a RUN before it, in this stage or one it builds on. */
function dockerCleanDisabled(model: DockerfileModel, site: CommandSite): boolean {
  const stage = model.stages[site.instruction.stage];
  if (!stage) return false;
  const lineage = new Set(stageLineage(model, stage));
  for (const other of commands(model)) {
    const sameRun = other.script === site.script;
    if (sameRun && other.command.start >= site.command.start) continue;
    if (!sameRun && other.instruction.range.startOffset >= site.instruction.range.startOffset) continue;
    const otherStage = model.stages[other.instruction.stage];
    if (otherStage && lineage.has(otherStage) && disablesDockerClean(other.command)) return true;
  }
  return false;
}

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
    why: 'apt-get update downloads tens of megabytes of package lists. Deleted in a later RUN they stay in the earlier layer and in every pull; deleted in the same RUN they never reach the image. A BuildKit cache mount on the lists directory is just as good; where docker-clean is turned off (to keep the downloaded packages in a cache), /var/cache/apt needs its mount too, or the .deb files stay in the layer.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  },
  messages: {
    listsLeft: 'remove {LISTS}/* in this RUN, or the package lists stay in the image',
    archivesLeft:
      'docker-clean is removed, so the downloaded packages stay in {ARCHIVES}: mount a cache there too, or run apt-get clean in this RUN',
  },
  check({ model, report }) {
    const shipped = shippedStages(model);
    const reported = new Set<unknown>();
    for (const site of commandsOf(model, ['apt-get', 'apt', 'aptitude'], ['update', 'install'])) {
      const stage = model.stages[site.instruction.stage];
      // An ONBUILD trigger runs in whatever image builds FROM this one, shipped or not.
      const shippedHere = site.instruction.keyword === 'ONBUILD' || (stage && shipped.has(stage));
      if (!shippedHere || reported.has(site.script)) continue;
      if (mountCovers(site.instruction, LISTS)) {
        // The lists stay in the cache; the .deb files too, unless docker-clean still deletes them.
        const archivesKept =
          !mountCovers(site.instruction, ARCHIVES) &&
          !laterInSameRun(site, removesArchives) &&
          dockerCleanDisabled(model, site);
        if (archivesKept) {
          reported.add(site.script);
          report({ range: commandRange(model, site), messageId: 'archivesLeft', data: { ARCHIVES } });
        }
        continue;
      }
      if (laterInSameRun(site, removesLists)) continue;
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
