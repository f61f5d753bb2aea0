/**
 * The GitHub Actions workflow init writes with `--target github-actions`: lint the container files,
 * then build the production target on Buildx for amd64 and arm64 with the GitHub Actions cache, attach
 * an SBOM and provenance, and push to GitHub's registry on pushes (pull requests build without pushing).
 * Built as data and printed by the yaml package, so the output is always valid YAML.
 */

import { Scalar } from 'yaml';
import type { AppPlan } from '../core/app-plan.js';
import { type BuildLayout, ownFolder } from '../core/build-layout.js';
import { imageTable } from '../images/index.js';
import { serviceName } from './compose.js';
import { ACTION_PINS } from './github-action-pins.js';
import { yamlDocument } from './yaml-document.js';

/**
 * `owner/name@<commit>  # vX.Y.Z`: GitHub's SHA-pinning policy wants the commit, a tag can be moved; the
 * version comment is what readers and Dependabot read to update it (scripts/pin-actions.mjs refreshes them).
 */
function pinned(action: keyof typeof ACTION_PINS, path = ''): Scalar {
  const pin = ACTION_PINS[action];
  const reference = new Scalar(`${action}${path}@${pin.sha}`);
  reference.comment = ` ${pin.version}`;
  return reference;
}

const ACTIONS = {
  checkout: pinned('actions/checkout'),
  setupNode: pinned('actions/setup-node'),
  qemu: pinned('docker/setup-qemu-action'),
  buildx: pinned('docker/setup-buildx-action'),
  login: pinned('docker/login-action'),
  metadata: pinned('docker/metadata-action'),
  buildPush: pinned('docker/build-push-action'),
  uploadSarif: pinned('github/codeql-action', '/upload-sarif'),
};

/** The Node.js line that runs shipshape in CI: the newest in long-term support when the image table was made. */
function ciNodeLine(): string {
  const lines = (imageTable.images.node?.lines ?? []).filter(
    (line) => line.lts && line.lts <= imageTable.date && (!line.eol || line.eol > imageTable.date),
  );
  const newest = lines.map((line) => Number(line.line)).sort((a, b) => b - a)[0];
  return String(newest ?? 24);
}

const PUSHING = "github.event_name != 'pull_request'";

export interface WorkflowOptions {
  /** shipshape's own version: the lint step runs exactly the release that wrote the files. */
  toolVersion: string;
  /** Where the image builds from; the app's folder when not given. */
  layout?: BuildLayout;
}

export function renderGithubActionsWorkflow(app: AppPlan, options: WorkflowOptions): string {
  const name = serviceName(app);
  const layout = options.layout ?? ownFolder(app);
  const context = layout.context === '.' ? '.' : `./${layout.context}`;
  // A workspace member's image also changes with the members it links and the root's manifests.
  const watched =
    layout.appDir === '.'
      ? [`${app.path}/**`]
      : [`${app.path}/**`, ...app.localDependencies.map((dir) => `${dir}/**`), '*'];
  const image =
    app.path === '.' ? 'ghcr.io/${{ github.repository }}' : `ghcr.io/\${{ github.repository }}/${name}`;
  const shipshape = `npx --yes shipshape@${options.toolVersion}`;
  const appArgument = app.path === '.' ? '.' : app.path;
  const workflow = {
    name: `container ${name}`,
    on: {
      push: {
        branches: ['main'],
        tags: ['v*'],
        ...(app.path === '.' ? {} : { paths: [...watched, '.github/workflows/**'] }),
      },
      pull_request: {
        branches: ['main'],
        ...(app.path === '.' ? {} : { paths: watched }),
      },
    },
    // security-events: the lint findings go to code scanning on pushes.
    permissions: { contents: 'read', packages: 'write', 'security-events': 'write' },
    // A newer push to the same branch makes an unfinished build pointless.
    concurrency: { group: `container-${name}-\${{ github.ref }}`, 'cancel-in-progress': true },
    jobs: {
      image: {
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 60,
        steps: [
          { uses: ACTIONS.checkout },
          { uses: ACTIONS.setupNode, with: { 'node-version': ciNodeLine() } },
          {
            // From the repository root, so that the SARIF paths are the repository's.
            name: 'Lint the container files for code scanning',
            if: PUSHING,
            'continue-on-error': true,
            run: `${shipshape} lint --format sarif ${appArgument} > shipshape.sarif`,
          },
          {
            name: 'Upload the findings to code scanning',
            if: PUSHING,
            uses: ACTIONS.uploadSarif,
            with: { sarif_file: 'shipshape.sarif', category: `shipshape-${name}` },
          },
          {
            name: 'Lint the container files',
            ...(app.path === '.' ? {} : { 'working-directory': app.path }),
            run: `${shipshape} lint --format github .`,
          },
          { uses: ACTIONS.qemu },
          { uses: ACTIONS.buildx },
          {
            if: PUSHING,
            uses: ACTIONS.login,
            with: {
              registry: 'ghcr.io',
              username: '${{ github.actor }}',
              password: '${{ secrets.GITHUB_TOKEN }}',
            },
          },
          {
            id: 'meta',
            uses: ACTIONS.metadata,
            with: {
              images: image,
              tags: [
                'type=ref,event=branch',
                'type=ref,event=pr',
                'type=semver,pattern={{version}}',
                'type=semver,pattern={{major}}.{{minor}}',
                'type=sha',
              ].join('\n'),
            },
          },
          {
            uses: ACTIONS.buildPush,
            with: {
              context,
              ...(layout.dockerfile === 'Dockerfile' ? {} : { file: `${context}/${layout.dockerfile}` }),
              // Registry credentials as build secrets: each repository secret holds the file's contents.
              ...(layout.secrets.length
                ? {
                    secrets: layout.secrets
                      .map((secret) => `${secret.id}=\${{ secrets.${secret.ciSecret} }}`)
                      .join('\n'),
                  }
                : {}),
              target: 'production',
              platforms: 'linux/amd64,linux/arm64',
              push: `\${{ ${PUSHING} }}`,
              tags: '${{ steps.meta.outputs.tags }}',
              labels: '${{ steps.meta.outputs.labels }}',
              'cache-from': `type=gha,scope=${name}`,
              'cache-to': `type=gha,scope=${name},mode=max`,
              sbom: true,
              provenance: 'mode=max',
            },
          },
        ],
      },
    },
  };
  const header = [
    `Generated by shipshape: lint the container files, then build the ${app.name} image and push it to ghcr.io`,
    '(pull requests build without pushing). arm64 is built under QEMU emulation, which is slow for compiled',
    'stacks: remove it from `platforms` if nothing you run is arm64.',
  ];
  return yamlDocument(header, workflow);
}
