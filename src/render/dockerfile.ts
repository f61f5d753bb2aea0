/** The one printer from ImagePlan to Dockerfile text. Pure; the output is what golden tests compare. */

import type { ImagePlan, StagePlan, Step } from '../core/image-plan.js';

export function renderDockerfile(plan: ImagePlan): string {
  const blocks: string[] = [];
  const header = plan.header.map((line) => (line ? `# ${line}` : '#'));
  const args = plan.args.map((arg) => `ARG ${arg.name}=${arg.value}`);
  blocks.push([...header, ...(header.length && args.length ? [''] : []), ...args].join('\n'));
  for (const stage of plan.stages) blocks.push(renderStage(stage));
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

function renderStage(stage: StagePlan): string {
  return [`# ${stage.purpose}`, `FROM ${stage.from} AS ${stage.name}`, ...stage.steps.map(renderStep)].join(
    '\n',
  );
}

const json = (argv: string[]) => `[${argv.map((arg) => JSON.stringify(arg)).join(', ')}]`;

function renderStep(step: Step): string {
  switch (step.kind) {
    case 'comment':
      return `# ${step.text}`;
    case 'workdir':
      return `WORKDIR ${step.path}`;
    case 'env':
      return `ENV ${step.vars.map(([key, value]) => `${key}=${quote(value)}`).join(' ')}`;
    case 'arg':
      return step.value === undefined ? `ARG ${step.name}` : `ARG ${step.name}=${step.value}`;
    case 'copy': {
      const flags = [
        step.from ? `--from=${step.from}` : '',
        step.chown ? `--chown=${step.chown}` : '',
        step.chmod ? `--chmod=${step.chmod}` : '',
        step.link ? '--link' : '',
      ].filter(Boolean);
      return ['COPY', ...flags, ...step.sources, step.dest].join(' ');
    }
    case 'run': {
      const mounts = [
        ...(step.caches ?? []).map(
          (cache) => `--mount=type=cache,target=${cache.target}${cache.locked ? ',sharing=locked' : ''}`,
        ),
        ...(step.secrets ?? []).map(
          (secret) => `--mount=type=secret,id=${secret.id},target=${secret.target}`,
        ),
      ];
      const prefix = ['RUN', ...mounts].join(' ');
      if (mounts.length === 0) return `${prefix} ${step.commands.join(' \\\n && ')}`;
      // One command per line, joined with &&, so a failing step stops the RUN and diffs stay readable.
      return `${prefix} \\\n    ${step.commands.join(' \\\n && ')}`;
    }
    case 'user':
      return `USER ${step.user}`;
    case 'expose':
      return `EXPOSE ${step.port}`;
    case 'healthcheck':
      return `HEALTHCHECK --interval=${step.interval} --timeout=${step.timeout} --start-period=${step.startPeriod} --retries=${step.retries} \\\n  CMD ${json(step.argv)}`;
    case 'entrypoint':
      return `ENTRYPOINT ${json(step.argv)}`;
    case 'cmd':
      return `CMD ${json(step.argv)}`;
  }
}

/** ENV values: bare when safe, double-quoted otherwise. */
function quote(value: string): string {
  return /^[\w./:@%+,-]*$/.test(value) && value !== '' ? value : JSON.stringify(value);
}
