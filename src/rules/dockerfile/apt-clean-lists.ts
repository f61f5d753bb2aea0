import { type DockerfileModel, finalStage, type Stage, stageLineage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf, laterInSameRun } from './helpers.js';

const LISTS = '/var/lib/apt/lists';

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
  check({ model, report }) {
    const shipped = shippedStages(model);
    const reported = new Set<unknown>();
    for (const site of commandsOf(model, ['apt-get'], ['update', 'install'])) {
      const stage = model.stages[site.instruction.stage];
      if (!stage || !shipped.has(stage) || reported.has(site.script)) continue;
      const cached = site.instruction.flags.some(
        (flag) =>
          flag.name === 'mount' && /type=cache/.test(flag.value ?? '') && (flag.value ?? '').includes(LISTS),
      );
      const removed = laterInSameRun(
        site,
        (command) =>
          command.program === 'rm' && command.args.some((arg) => (arg.value ?? arg.raw).startsWith(LISTS)),
      );
      if (cached || removed) continue;
      reported.add(site.script);
      const run = site.instruction;
      const canFix = site.script.origin === 'line' && !site.script.script.error && run.keyword === 'RUN';
      const end = run.restRange.endOffset;
      report({
        range: commandRange(model, site),
        message: `remove ${LISTS}/* in this RUN, or the package lists stay in the image`,
        fix: canFix ? [{ range: model.index.range(end, end), text: ` && rm -rf ${LISTS}/*` }] : undefined,
      });
    }
  },
};
