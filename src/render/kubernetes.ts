/**
 * The Kubernetes manifests init writes with `--target kubernetes`, under k8s/: a Deployment (probes on
 * the health route, requests and a memory limit, a locked-down security context, a writable /tmp on a
 * read-only root), a Service and a PodDisruptionBudget when the app listens on a port, and a
 * kustomization that names the image once. Built as data and printed by the yaml package.
 */

import type { AppPlan, DeployPlan, WritablePath } from '../core/app-plan.js';
import { connectionVariable, serviceName } from './compose.js';
import { yamlDocument } from './yaml-document.js';

export interface ManifestFile {
  /** Relative to the app's folder. */
  path: string;
  content: string;
}

const REPLICAS = 2;
/** The grace period covers the preStop pause plus the app's own shutdown, which the images keep short. */
const PRE_STOP_SECONDS = 5;
const GRACE_SECONDS = 30;

export function renderKubernetesManifests(app: DeployPlan): ManifestFile[] {
  const name = serviceName(app);
  const labels = { 'app.kubernetes.io/name': name };
  const files: ManifestFile[] = [
    {
      path: 'k8s/deployment.yaml',
      content: document(
        [
          `The ${app.name} Deployment. The image's numeric non-root USER satisfies runAsNonRoot.`,
          'No CPU limit on purpose: a limit throttles a busy app even when the node has idle cores.',
          ...(app.services.length
            ? [
                `It reads ${app.services.map((service) => connectionVariable(service, app)).join(', ')} from the Secret ${name}-env; create it before applying:`,
                `kubectl create secret generic ${name}-env ${app.services.map((service) => `--from-literal=${connectionVariable(service, app)}=...`).join(' ')}`,
              ]
            : []),
        ],
        deployment(app, name, labels, app.writablePaths),
      ),
    },
  ];
  const resources = ['deployment.yaml'];
  if (app.port !== undefined) {
    files.push(
      {
        path: 'k8s/service.yaml',
        content: document(
          [
            `Reaches ${app.name} inside the cluster on port 80; put an Ingress or Gateway route in front of it.`,
          ],
          {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name, labels },
            spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
          },
        ),
      },
      {
        path: 'k8s/pdb.yaml',
        content: document(['Keeps one replica serving while nodes are drained for upgrades.'], {
          apiVersion: 'policy/v1',
          kind: 'PodDisruptionBudget',
          metadata: { name, labels },
          spec: { minAvailable: 1, selector: { matchLabels: labels } },
        }),
      },
    );
    resources.push('service.yaml', 'pdb.yaml');
  }
  // The generated GitHub Actions workflow pushes ghcr.io/<owner>/<repository>[/<app>], tagged `main`
  // from the main branch and `sha-<commit>` for every commit.
  const image = `ghcr.io/OWNER/REPOSITORY${app.path === '.' ? '' : `/${name}`}`;
  files.push({
    path: 'k8s/kustomization.yaml',
    content: document(
      [
        'Apply with: kubectl apply -k k8s/',
        `OWNER/REPOSITORY is a placeholder (the image cannot be pulled until it is set): name the image your CI`,
        `pushes, ideally by an immutable tag, e.g. (cd k8s && kustomize edit set image ${name}=${image.replace('OWNER/REPOSITORY', 'acme/shop')}:sha-1a2b3c4)`,
      ],
      {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources,
        images: [{ name, newName: image, newTag: 'main' }],
      },
    ),
  });
  return files;
}

function deployment(
  app: AppPlan,
  name: string,
  labels: Record<string, string>,
  writable: WritablePath[],
): Record<string, unknown> {
  const container: Record<string, unknown> = { name, image: name };
  if (app.port !== undefined) {
    container.ports = [{ name: 'http', containerPort: app.port }];
    container.env = [{ name: 'PORT', value: String(app.port) }];
    const probe = app.healthcheckPath
      ? { httpGet: { path: app.healthcheckPath, port: 'http' } }
      : { tcpSocket: { port: 'http' } };
    // Startup allows a minute before liveness may restart the container; readiness gates traffic.
    container.startupProbe = { ...probe, periodSeconds: 2, failureThreshold: 30 };
    container.readinessProbe = { ...probe, periodSeconds: 5, failureThreshold: 3 };
    container.livenessProbe = { ...probe, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 };
    // Endpoints stop receiving traffic a moment after SIGTERM would arrive: the pause closes that gap
    // (the sleep action needs Kubernetes 1.30 or later, and no sleep binary in the image).
    container.lifecycle = { preStop: { sleep: { seconds: PRE_STOP_SECONDS } } };
  }
  if (app.services.length) container.envFrom = [{ secretRef: { name: `${name}-env` } }];
  container.resources = { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } };
  container.securityContext = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
  };
  container.volumeMounts = writable.map((volume) => ({ name: volume.name, mountPath: volume.path }));
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas: REPLICAS,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: GRACE_SECONDS,
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [container],
          // /tmp in memory; the framework's own folders (caches, sessions) on the node's disk.
          volumes: writable.map((volume) => ({
            name: volume.name,
            emptyDir:
              volume.path === '/tmp' ? { medium: 'Memory', sizeLimit: '64Mi' } : { sizeLimit: '256Mi' },
          })),
        },
      },
    },
  };
}

function document(comments: string[], body: Record<string, unknown>): string {
  const header = [`Generated by shipshape. ${comments[0]}`, ...comments.slice(1)];
  return yamlDocument(header, body);
}
