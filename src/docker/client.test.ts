import { describe, expect, it } from 'vitest';
import { EngineError } from '../core/errors.js';
import { engineVersion, findDockerCli, type Runner } from './client.js';

/** A fake set of docker clients: path -> client version, buildx present, server version. */
function runner(clients: Record<string, { version: string; buildx: boolean; server?: string }>): Runner {
  return (command, args) => {
    const client = clients[command];
    if (!client) return { status: null, stdout: '' };
    if (args[0] === 'buildx') return { status: client.buildx ? 0 : 1, stdout: '' };
    if (args.includes('{{.Client.Version}}')) return { status: 0, stdout: `${client.version}\n` };
    if (args.includes('{{.Server.Version}}'))
      return client.server ? { status: 0, stdout: `${client.server}\n` } : { status: 1, stdout: '' };
    return { status: 1, stdout: '' };
  };
}

const env = { PATH: '/usr/local/bin:/usr/bin' };

describe('findDockerCli', () => {
  it('skips a client of 23 or later without buildx, which refuses BuildKit builds', () => {
    const cli = findDockerCli(
      env,
      runner({
        '/usr/local/bin/docker': { version: '28.2.2', buildx: false },
        '/usr/bin/docker': { version: '20.10.24+dfsg1', buildx: false },
      }),
    );
    expect(cli).toEqual({ path: '/usr/bin/docker', clientVersion: '20.10.24+dfsg1', buildx: false });
  });

  it('takes the first client on PATH that has buildx', () => {
    const cli = findDockerCli(
      env,
      runner({
        '/usr/local/bin/docker': { version: '28.2.2', buildx: true },
        '/usr/bin/docker': { version: '20.10.24', buildx: false },
      }),
    );
    expect(cli.path).toBe('/usr/local/bin/docker');
  });

  it('prefers SHIPSHAPE_DOCKER', () => {
    const cli = findDockerCli(
      { ...env, SHIPSHAPE_DOCKER: '/opt/docker' },
      runner({
        '/opt/docker': { version: '27.0.1', buildx: true },
        '/usr/bin/docker': { version: '20.10.24', buildx: false },
      }),
    );
    expect(cli.path).toBe('/opt/docker');
  });

  it('says what it found when no client can build', () => {
    expect(() =>
      findDockerCli(env, runner({ '/usr/local/bin/docker': { version: '28.2.2', buildx: false } })),
    ).toThrow(/28\.2\.2, no buildx plugin/);
    expect(() => findDockerCli(env, runner({}))).toThrow(EngineError);
  });
});

describe('engineVersion', () => {
  it('returns the server version, or explains that no engine answers', () => {
    const clients = { '/usr/bin/docker': { version: '20.10.24', buildx: false, server: '20.10.24' } };
    const cli = findDockerCli(env, runner(clients));
    expect(engineVersion(cli, env, runner(clients))).toBe('20.10.24');
    expect(() =>
      engineVersion(cli, env, runner({ '/usr/bin/docker': { version: '20.10.24', buildx: false } })),
    ).toThrow(/is dockerd running/);
  });
});
