import { describe, expect, it } from 'vitest';
import { testImage, testRun } from '../../../test/test-image.js';
import { healthcheckCheck } from './healthcheck.js';
import { readOnlyRootfsCheck } from './read-only-rootfs.js';

describe('healthcheck', () => {
  it.each([
    ['healthy', testImage(), testRun(), 'pass', /health check passed; port 3000\/tcp answers HTTP 200/],
    [
      'unhealthy',
      testImage(),
      testRun({ health: 'unhealthy', logTail: 'ECONNREFUSED' }),
      'fail',
      /unhealthy.*ECONNREFUSED/,
    ],
    [
      'never decided',
      testImage(),
      testRun({ health: 'timeout', portAnswer: undefined }),
      'fail',
      /not healthy within 60 s/,
    ],
    [
      'no check, port answers',
      testImage({ healthcheck: undefined }),
      testRun({ health: 'none' }),
      'pass',
      /no HEALTHCHECK, but port 3000\/tcp answers/,
    ],
    [
      'no check, silent port',
      testImage({ healthcheck: undefined }),
      testRun({ health: 'none', portAnswer: undefined }),
      'fail',
      /gave no HTTP answer/,
    ],
    [
      'no check, no port',
      testImage({ healthcheck: undefined, exposedPorts: [] }),
      testRun({ health: 'none', portAnswer: undefined }),
      'fail',
      /nothing can tell/,
    ],
    [
      'did not start',
      testImage(),
      testRun({ startError: 'cannot start app:test: no such user' }),
      'fail',
      /no such user/,
    ],
    [
      'crashed',
      testImage(),
      testRun({ exitedEarly: { exitCode: 137, oomKilled: true } }),
      'fail',
      /exited with 137 \(out of memory\)/,
    ],
  ])('%s', (_name, image, run, status, detail) => {
    const result = healthcheckCheck(image, run, 60);
    expect(result.status).toBe(status);
    expect(result.detail).toMatch(detail);
  });
});

describe('read-only-rootfs', () => {
  it.each([
    ['healthy', testRun(), 'pass', /becomes healthy/],
    ['port answers without a check', testRun({ health: 'none' }), 'pass', /its port answers/],
    ['keeps running', testRun({ health: 'none', portAnswer: undefined }), 'pass', /keeps running/],
    [
      'writes to its root',
      testRun({
        exitedEarly: { exitCode: 1, oomKilled: false },
        logTail: "Error: EROFS: read-only file system, open '/app/cache.json'",
      }),
      'fail',
      /exited with 1 .*EROFS.*write only to \/tmp or a volume/,
    ],
    ['unhealthy', testRun({ health: 'unhealthy' }), 'fail', /never became healthy/],
  ])('%s', (_name, run, status, detail) => {
    const result = readOnlyRootfsCheck(run);
    expect(result.status).toBe(status);
    expect(result.detail).toMatch(detail);
  });

  it('names the folders --tmpfs kept writable', () => {
    const result = readOnlyRootfsCheck(testRun({ health: 'healthy' }), ['/tmp', '/app/tmp']);
    expect(result).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining('a tmpfs /tmp, /app/tmp'),
    });
  });
});
