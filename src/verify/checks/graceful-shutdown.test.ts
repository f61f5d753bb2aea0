import { describe, expect, it } from 'vitest';
import { testImage, testRun } from '../../../test/test-image.js';
import { gracefulShutdownCheck, whySigtermIsLost } from './graceful-shutdown.js';

describe('graceful-shutdown', () => {
  it.each([
    ['exit 0, quickly', { seconds: 0.4, exitCode: 0 }, 'pass', /in 0.4 s with exit 0/],
    ['exit 143 through an init', { seconds: 0.2, exitCode: 143 }, 'pass', /exit 143/],
    ['killed at the timeout', { seconds: 10.3, exitCode: 137 }, 'fail', /killed after 10.3 s \(exit 137\)/],
    ['an error exit', { seconds: 0.2, exitCode: 1 }, 'fail', /exited with 1 on SIGTERM/],
    ['clean but slow', { seconds: 7.5, exitCode: 0 }, 'fail', /more than half the 10 s/],
  ])('%s', (_name, stop, status, detail) => {
    const result = gracefulShutdownCheck(testImage(), testRun({ stop: { ...stop, oomKilled: false } }), 10);
    expect(result.status).toBe(status);
    expect(result.detail).toMatch(detail);
  });

  it('fails a container that ended before it was stopped', () => {
    const result = gracefulShutdownCheck(
      testImage(),
      testRun({ exitedEarly: { exitCode: 1, oomKilled: false }, stop: undefined, logTail: 'Error: boom' }),
      10,
    );
    expect(result.detail).toBe('the container exited with 1 before it was stopped; it logged: Error: boom');
  });

  it.each([
    ['shell form', { cmd: ['/bin/sh', '-c', 'node server.js'] }, /runs under \/bin\/sh -c/],
    [
      'shell form that execs is not blamed on the shell',
      { cmd: ['/bin/sh', '-c', 'exec node server.js'] },
      /the app does not end on SIGTERM/,
    ],
    ['npm start', { cmd: ['npm', 'start'] }, /npm runs the app as its child/],
    [
      "shell form behind an official image's entrypoint script",
      { entrypoint: ['docker-entrypoint.sh'], cmd: ['/bin/sh', '-c', 'npm start'] },
      /runs under \/bin\/sh -c/,
    ],
    ['npm start in shell form', { cmd: ['/bin/sh', '-c', 'npm start'] }, /runs under \/bin\/sh -c/],
    ['node as PID 1', { cmd: ['node', 'server.js'] }, /node is PID 1.*tini/],
    ['python as PID 1', { entrypoint: ['/usr/local/bin/python3'], cmd: ['app.py'] }, /python3 is PID 1/],
    ['under tini', { entrypoint: ['tini', '--'], cmd: ['node', 'server.js'] }, /an init runs the app/],
    ['a compiled binary', { entrypoint: ['/app/server'], cmd: [] }, /handle it, or run it under an init/],
    ['another stop signal', { stopSignal: 'SIGQUIT' }, /STOPSIGNAL is SIGQUIT/],
  ])('explains %s', (_name, overrides, reason) => {
    expect(whySigtermIsLost(testImage(overrides))).toMatch(reason);
  });
});
