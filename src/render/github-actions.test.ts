import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AppPlan, emptyPlan } from '../core/app-plan.js';
import { renderGithubActionsWorkflow } from './github-actions.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  'working-directory'?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: { push: { paths?: string[] }; pull_request: { paths?: string[] } };
  concurrency: { group: string };
  jobs: { image: { steps: Step[] } };
}

function workflow(changes: Partial<AppPlan>, toolVersion = '0.1.0'): Workflow {
  return parse(
    renderGithubActionsWorkflow({ ...emptyPlan('node', 'web', '.'), ...changes }, { toolVersion }),
  );
}

const step = (flow: Workflow, action: string) =>
  flow.jobs.image.steps.find((candidate) => candidate.uses?.startsWith(action)) ?? {};
const lintStep = (flow: Workflow) =>
  flow.jobs.image.steps.find((candidate) => candidate.name === 'Lint the container files') ?? {};

describe('GitHub Actions workflow', () => {
  it.each([
    ['.', '.', 'ghcr.io/${{ github.repository }}', undefined, undefined],
    ['apps/api', './apps/api', 'ghcr.io/${{ github.repository }}/web', 'apps/api', ['apps/api/**']],
  ])('builds the app in %s from its own folder', (path, context, image, workingDirectory, prPaths) => {
    const flow = workflow({ path });
    expect(step(flow, 'docker/build-push-action').with?.context).toBe(context);
    expect(step(flow, 'docker/metadata-action').with?.images).toBe(image);
    expect(lintStep(flow)['working-directory']).toBe(workingDirectory);
    expect(flow.on.pull_request.paths).toEqual(prPaths);
  });

  it('names files, images and caches after a slug of a scoped package name', () => {
    const flow = workflow({ name: '@Acme/Web', path: 'apps/web' });
    expect(flow.name).toBe('container acme-web');
    expect(step(flow, 'docker/metadata-action').with?.images).toBe(
      'ghcr.io/${{ github.repository }}/acme-web',
    );
    expect(step(flow, 'docker/build-push-action').with?.['cache-to']).toBe(
      'type=gha,scope=acme-web,mode=max',
    );
    expect(flow.concurrency.group).toBe('container-acme-web-${{ github.ref }}');
  });

  it('runs the minor line of shipshape that wrote it', () => {
    expect(lintStep(workflow({}, '1.4.2')).run).toBe('npx --yes shipshape@1.4 lint --format github .');
  });

  it('logs in to the registry and pushes only outside pull requests', () => {
    const flow = workflow({});
    expect(step(flow, 'docker/login-action')).toMatchObject({ if: "github.event_name != 'pull_request'" });
    expect(step(flow, 'docker/build-push-action').with?.push).toBe(
      "${{ github.event_name != 'pull_request' }}",
    );
  });
});
