/** An ImageInfo for check tests: the defaults of a well-made image, overridden per case. */

import type { ImageInfo } from '../src/docker/engine.js';
import type { RunObservation } from '../src/verify/observe-run.js';

export function testImage(overrides: Partial<ImageInfo> = {}): ImageInfo {
  return {
    id: 'sha256:0123456789abcdef',
    repoTags: ['app:test'],
    sizeBytes: 120_000_000,
    user: '10001',
    env: ['PATH=/usr/local/bin:/usr/bin', 'NODE_ENV=production'],
    labels: {},
    entrypoint: [],
    cmd: ['node', 'server.js'],
    exposedPorts: ['3000/tcp'],
    workingDir: '/app',
    healthcheck: {
      test: ['CMD', 'node', 'healthcheck.js'],
      intervalNs: 30e9,
      startPeriodNs: 10e9,
      retries: 3,
    },
    stopSignal: '',
    layerDigests: ['sha256:a', 'sha256:b'],
    ...overrides,
  };
}

export function testRun(overrides: Partial<RunObservation> = {}): RunObservation {
  return {
    health: 'healthy',
    portAnswer: { port: '3000/tcp', status: 200 },
    stop: { seconds: 0.3, exitCode: 0, oomKilled: false },
    logTail: 'listening on 3000',
    ...overrides,
  };
}
