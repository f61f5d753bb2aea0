import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AppPlan, emptyPlan } from '../core/app-plan.js';
import { deployPlan } from '../stacks/index.js';
import { renderKubernetesManifests } from './kubernetes.js';

function manifests(changes: Partial<AppPlan>) {
  const files = renderKubernetesManifests(
    deployPlan({ ...emptyPlan('go', 'api', '.'), port: 8080, ...changes }),
  );
  return new Map(files.map((file) => [file.path, { text: file.content, value: parse(file.content) }]));
}

// biome-ignore lint/suspicious/noExplicitAny: the tests walk parsed manifests
function container(files: ReturnType<typeof manifests>): any {
  return files.get('k8s/deployment.yaml')?.value.spec.template.spec.containers[0];
}

describe('Kubernetes manifests', () => {
  it.each([
    ['/health', { httpGet: { path: '/health', port: 'http' } }],
    [undefined, { tcpSocket: { port: 'http' } }],
  ])('probes %s with what the app offers', (healthcheckPath, probe) => {
    const app = container(manifests({ healthcheckPath }));
    for (const kind of ['startupProbe', 'readinessProbe', 'livenessProbe'])
      expect(app[kind]).toMatchObject(probe);
  });

  it('gives an app without a port no Service, no budget, no probes', () => {
    const files = manifests({ port: undefined });
    expect([...files.keys()].sort()).toEqual(['k8s/deployment.yaml', 'k8s/kustomization.yaml']);
    expect(files.get('k8s/kustomization.yaml')?.value.resources).toEqual(['deployment.yaml']);
    const app = container(files);
    expect(app.readinessProbe).toBeUndefined();
    expect(app.ports).toBeUndefined();
  });

  it('reads service URLs from a Secret and says how to create it', () => {
    const files = manifests({ services: ['postgres', 'redis'] });
    expect(container(files).envFrom).toEqual([{ secretRef: { name: 'api-env' } }]);
    expect(files.get('k8s/deployment.yaml')?.text).toContain(
      'kubectl create secret generic api-env --from-literal=DATABASE_URL=... --from-literal=REDIS_URL=...',
    );
    expect(container(manifests({})).envFrom).toBeUndefined();
  });

  it('names each secret key once, as the app reads it, with two databases', () => {
    const text = (changes: Partial<AppPlan>) => manifests(changes).get('k8s/deployment.yaml')?.text;
    expect(text({ services: ['mysql', 'postgres'] })).toContain(
      '--from-literal=DATABASE_URL=... --from-literal=POSTGRES_URL=...',
    );
    expect(text({ services: ['postgres', 'redis'], serviceEnv: { postgres: 'POSTGRES_URL' } })).toContain(
      '--from-literal=POSTGRES_URL=... --from-literal=REDIS_URL=...',
    );
  });

  it.each([
    ['.', 'ghcr.io/OWNER/REPOSITORY'],
    ['services/api', 'ghcr.io/OWNER/REPOSITORY/api'],
  ])('points the kustomization of an app in %s at the image the workflow pushes', (path, newName) => {
    expect(manifests({ path }).get('k8s/kustomization.yaml')?.value.images).toEqual([
      { name: 'api', newName, newTag: 'main' },
    ]);
  });

  it('prints no YAML anchors, which some manifest tools mishandle', () => {
    for (const file of manifests({}).values()) expect(file.text).not.toMatch(/[&*]a\d/);
  });
});
