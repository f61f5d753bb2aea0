import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AppPlan, emptyPlan } from '../core/app-plan.js';
import { ACTION_PINS } from './github-action-pins.js';
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

  it('runs exactly the shipshape release that wrote it', () => {
    expect(lintStep(workflow({}, '1.4.2')).run).toBe('npx --yes shipshape@1.4.2 lint --format github .');
  });

  it('pins every action to the commit of its newest release, named in a comment', () => {
    const text = renderGithubActionsWorkflow(emptyPlan('node', 'web', '.'), { toolVersion: '0.1.0' });
    const uses = text.split('\n').filter((line) => line.includes('uses:'));
    expect(uses.length).toBe(8);
    for (const line of uses)
      expect(line).toMatch(/uses: [\w-]+\/[\w-]+(\/[\w-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(text).toContain(
      `actions/checkout@${ACTION_PINS['actions/checkout'].sha} # ${ACTION_PINS['actions/checkout'].version}`,
    );
  });

  it('sends the findings to code scanning on pushes, with paths from the repository root', () => {
    const flow = workflow({ path: 'apps/api' });
    const sarif = flow.jobs.image.steps.find((candidate) => candidate.run?.includes('--format sarif'));
    expect(sarif).toMatchObject({
      if: "github.event_name != 'pull_request'",
      run: 'npx --yes shipshape@0.1.0 lint --format sarif apps/api > shipshape.sarif',
    });
    expect(sarif?.['working-directory']).toBeUndefined();
    expect(step(flow, 'github/codeql-action/upload-sarif').with).toEqual({
      sarif_file: 'shipshape.sarif',
      category: 'shipshape-web',
    });
    expect((flow as unknown as { permissions: Record<string, string> }).permissions['security-events']).toBe(
      'write',
    );
  });

  it('logs in to the registry and pushes only outside pull requests', () => {
    const flow = workflow({});
    expect(step(flow, 'docker/login-action')).toMatchObject({ if: "github.event_name != 'pull_request'" });
    expect(step(flow, 'docker/build-push-action').with?.push).toBe(
      "${{ github.event_name != 'pull_request' }}",
    );
  });
});
