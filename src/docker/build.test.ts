import { describe, expect, it } from 'vitest';
import { appTags } from '../cli/build.js';
import { bakeArguments, bakeImages } from './bake.js';
import { type BuildRequest, buildArguments, buildFailure } from './build.js';
import { BuildProgress } from './build-progress.js';

const request = (overrides: Partial<BuildRequest> = {}): BuildRequest => ({
  context: '/app',
  tags: [],
  platforms: [],
  buildArgs: [],
  secrets: [],
  noCache: false,
  push: false,
  ...overrides,
});

describe('buildArguments', () => {
  it.each([
    ['classic client, defaults', request(), false, ['build', '--progress=plain', '--iidfile', 'iid', '/app']],
    [
      'docker flags pass through unchanged',
      request({
        tags: ['a:1', 'a:latest'],
        target: 'production',
        platforms: ['linux/arm64'],
        buildArgs: ['NODE_VERSION=20'],
        secrets: ['id=npmrc,src=.npmrc'],
        network: 'none',
        noCache: true,
        dockerfile: '/app/Dockerfile.prod',
      }),
      false,
      [
        'build',
        '--progress=plain',
        '--iidfile',
        'iid',
        '--file',
        '/app/Dockerfile.prod',
        '--tag',
        'a:1',
        '--tag',
        'a:latest',
        '--target',
        'production',
        '--platform',
        'linux/arm64',
        '--build-arg',
        'NODE_VERSION=20',
        '--secret',
        'id=npmrc,src=.npmrc',
        '--network',
        'none',
        '--no-cache',
        '/app',
      ],
    ],
    [
      'buildx loads one platform into the engine',
      request(),
      true,
      ['buildx', 'build', '--progress=plain', '--iidfile', 'iid', '--load', '/app'],
    ],
    [
      'buildx pushes instead of loading',
      request({ tags: ['ghcr.io/o/a:1'], push: true }),
      true,
      ['buildx', 'build', '--progress=plain', '--iidfile', 'iid', '--tag', 'ghcr.io/o/a:1', '--push', '/app'],
    ],
    [
      'buildx cannot load several platforms, so leaves them in its cache',
      request({ platforms: ['linux/amd64', 'linux/arm64'] }),
      true,
      [
        'buildx',
        'build',
        '--progress=plain',
        '--iidfile',
        'iid',
        '--platform',
        'linux/amd64,linux/arm64',
        '/app',
      ],
    ],
  ])('%s', (_name, input, buildx, expected) => {
    expect(buildArguments(input, buildx, 'iid')).toEqual(expected);
  });

  it('refuses several platforms without buildx, saying what to do', () => {
    expect(() =>
      buildArguments(request({ platforms: ['linux/amd64', 'linux/arm64'] }), false, 'iid'),
    ).toThrow(/needs the buildx plugin/);
  });
});

const PLAIN = `#1 [internal] load build definition from Dockerfile
#1 sha256:da48d3c6ba204083d847b61fe2cf7764059f26e6bc5cd07d6463e81e8062d890
#1 transferring dockerfile: 1.39kB done
#1 DONE 0.0s

#4 [base 1/2] FROM docker.io/library/node:20-bookworm-slim
#4 DONE 0.0s

#5 [base 2/2] WORKDIR /app
#5 CACHED

#8 [deps 2/2] RUN npm ci --omit=dev
#8 0.512 added 3 packages in 1s
#8 DONE 2.4s

#9 [3/3] RUN node build.js
#9 0.301 Error: Cannot find module 'esbuild'
#9 ERROR: executor failed running [/bin/sh -c node build.js]: exit code: 1
`;

describe('BuildProgress', () => {
  const progress = new BuildProgress();
  const events = PLAIN.split('\n')
    .map((line) => progress.feed(line))
    .filter(Boolean);

  it('reads steps, their stage, status and time', () => {
    expect(
      progress
        .dockerfileSteps()
        .map(({ stage, instruction, status, seconds }) => ({ stage, instruction, status, seconds })),
    ).toEqual([
      { stage: 'base', instruction: 'WORKDIR /app', status: 'cached', seconds: undefined },
      { stage: 'deps', instruction: 'RUN npm ci --omit=dev', status: 'done', seconds: 2.4 },
      { stage: undefined, instruction: 'RUN node build.js', status: 'error', seconds: undefined },
    ]);
  });

  it('emits one start and one finish per step', () => {
    expect(events.filter((event) => event?.kind === 'started')).toHaveLength(5);
    expect(events.filter((event) => event?.kind === 'finished')).toHaveLength(5);
  });

  it('keeps a failing step’s output to explain the failure in one line', () => {
    expect(buildFailure(progress.steps(), '')).toBe(
      "build failed at RUN node build.js: Error: Cannot find module 'esbuild' (executor failed running [/bin/sh -c node build.js]: exit code: 1)",
    );
  });
});

describe('bake', () => {
  it('turns build flags into overrides for every target', () => {
    expect(
      bakeArguments(
        'docker-bake.hcl',
        {
          platforms: ['linux/amd64', 'linux/arm64'],
          buildArgs: ['NODE_VERSION=20'],
          secrets: ['id=npmrc,src=.npmrc'],
          noCache: true,
          push: true,
        },
        'meta.json',
      ),
    ).toEqual([
      'buildx',
      'bake',
      '--file',
      'docker-bake.hcl',
      '--progress=plain',
      '--metadata-file',
      'meta.json',
      '--set',
      '*.platform=linux/amd64,linux/arm64',
      '--set',
      '*.args.NODE_VERSION=20',
      '--set',
      '*.secrets=id=npmrc,src=.npmrc',
      '--no-cache',
      '--push',
    ]);
  });

  it('loads a one-platform bake into the engine, and refuses a Dockerfile stage', () => {
    const flags = { platforms: [], buildArgs: [], secrets: [], noCache: false, push: false };
    expect(bakeArguments('b.hcl', flags, 'm').at(-1)).toBe('--load');
    expect(() => bakeArguments('b.hcl', { ...flags, target: 'production' }, 'm')).toThrow(
      /set each target in the file/,
    );
  });

  it('reads the image of each target from the metadata file', () => {
    expect(
      bakeImages({
        api: {
          'containerimage.config.digest': 'sha256:aaa',
          'image.name': 'ghcr.io/acme/api:1,ghcr.io/acme/api:latest',
        },
        web: { 'containerimage.digest': 'sha256:bbb' },
        'buildx.build.warnings': [] as unknown as Record<string, unknown>,
      }),
    ).toEqual([
      { target: 'api', imageId: 'sha256:aaa', names: ['ghcr.io/acme/api:1', 'ghcr.io/acme/api:latest'] },
      { target: 'web', imageId: 'sha256:bbb', names: [] },
      { target: 'buildx.build.warnings', imageId: '', names: [] },
    ]);
  });
});

describe('appTags', () => {
  it.each([
    [[], 'api', ['api:local']],
    [['acme:1.2'], 'api', ['acme/api:1.2']],
    [['ghcr.io/acme:1.2', 'ghcr.io/acme:latest'], 'web', ['ghcr.io/acme/web:1.2', 'ghcr.io/acme/web:latest']],
    [['localhost:5000/acme'], 'api', ['localhost:5000/acme/api']],
  ])('%j for %s: %j', (tags, app, expected) => expect(appTags(tags, app)).toEqual(expected));
});
