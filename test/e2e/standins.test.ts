/**
 * The stand-ins behave like the official images they stand in for: the same user and UID, paths,
 * environment, entrypoint contract and healthcheck tools, and the services initialise themselves from
 * the variables the generated Compose files set. A stand-in unlike its official image would let a test
 * pass that fails on the real one, so each difference that matters is a test here. Every image in
 * test/standins/images.tsv is checked under its first name; the others are only aliases. An image that
 * is absent is skipped with the command that builds it (with CI=true it fails instead).
 */

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { type Engine, probeEngine } from './engine.js';
import { waitFor } from './run-image.js';
import { type StandinRow, standinRows } from './standin-table.js';

const { engine } = probeEngine();
const rows = standinRows().filter((row) => row.group !== 'full');
const CODENAME = { bookworm: '12', trixie: '13' } as const;
const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const step of cleanup.reverse()) step();
});

/** The image's first name, or a skip (a failure in CI) that says how to build it. */
function present(ctx: TestContext, docker: Engine['docker'], row: StandinRow): string {
  const image = row.tags[0];
  if (!image) throw new Error(`images.tsv: ${row.group} ${row.suite} ${row.context} has no name`);
  if (docker(['image', 'inspect', image]).status !== 0) {
    const reason = `${image} is absent: run \`npm run standins -- ${row.group}\``;
    if (process.env.CI === 'true') throw new Error(reason);
    ctx.skip(reason);
  }
  return image;
}

/** Runs a shell line in a throw-away container, failing the test with its output when it fails. */
function sh(docker: Engine['docker'], image: string, script: string, options: string[] = []): string {
  const result = docker(['run', '--rm', '--entrypoint', '/bin/sh', ...options, image, '-c', script]);
  expect(result.status, `${image}: ${script}\n${result.stdout}${result.stderr}`).toBe(0);
  return result.stdout.trim();
}

function config(
  docker: Engine['docker'],
  image: string,
): {
  User: string;
  Env: string[];
  Entrypoint: string[] | null;
  Cmd: string[] | null;
  WorkingDir: string;
  StopSignal?: string;
  ExposedPorts?: Record<string, unknown>;
  Volumes?: Record<string, unknown>;
} {
  return JSON.parse(docker(['image', 'inspect', '--format', '{{json .Config}}', image]).stdout);
}

function env(docker: Engine['docker'], image: string): Record<string, string> {
  return Object.fromEntries(
    config(docker, image).Env.map((pair) => [
      pair.slice(0, pair.indexOf('=')),
      pair.slice(pair.indexOf('=') + 1),
    ]),
  );
}

/** A detached container, removed after the file's tests. */
function start(docker: Engine['docker'], image: string, options: string[], command: string[] = []): string {
  const name = `shipshape-standin-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const result = docker(['run', '-d', '--name', name, ...options, image, ...command]);
  expect(result.status, result.stderr).toBe(0);
  cleanup.push(() => docker(['rm', '-f', '-v', name]));
  return name;
}

function exec(docker: Engine['docker'], container: string, command: string[]) {
  return docker(['exec', container, ...command], { timeoutMs: 30_000 });
}

/** UID of the container's main process: what the server really runs as after its entrypoint. */
function mainProcessUid(docker: Engine['docker'], container: string): string {
  const status = exec(docker, container, ['cat', '/proc/1/status']).stdout;
  return /^Uid:\s+(\d+)/m.exec(status)?.[1] ?? '';
}

function logs(docker: Engine['docker'], container: string): string {
  const result = docker(['logs', container]);
  return `${result.stdout}${result.stderr}`.slice(-3000);
}

/** A folder with a secret file in it, mounted read-only where Compose mounts secrets. */
function secretsDir(password: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-standin-secrets-'));
  writeFileSync(join(dir, 'db_password'), `${password}\n`, { mode: 0o644 });
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function byGroup(group: string): StandinRow[] {
  return rows.filter((row) => row.group === group);
}

describe.skipIf(!engine)('stand-ins behave like the official images', () => {
  if (!engine) return;
  const { docker } = engine;

  describe.each(rows.map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it(`is Debian ${CODENAME[row.suite]} (${row.suite}) with the machine's CA where update-ca-certificates reads it`, (ctx) => {
      const image = present(ctx, docker, row);
      if (row.group === 'distroless' || row.group === 'distroless-node') {
        // No shell: the files are read from the image's export.
        const files = filesOf(docker, image);
        expect(files).toContain('etc/ssl/certs/ca-certificates.crt');
        return;
      }
      expect(sh(docker, image, '. /etc/os-release && echo "$VERSION_CODENAME"')).toBe(row.suite);
      expect(
        Number(sh(docker, image, 'ls /usr/local/share/ca-certificates/standin-host-ca | wc -l')),
      ).toBeGreaterThan(0);
    });
  });

  describe.each(byGroup('debian').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('carries the official apt and dpkg settings, no docs, and bash as the command', (ctx) => {
      const image = present(ctx, docker, row);
      sh(docker, image, 'test -f /etc/apt/apt.conf.d/docker-clean && test -f /etc/dpkg/dpkg.cfg.d/docker');
      expect(sh(docker, image, 'ls /usr/share/doc | wc -l')).toBe('0');
      expect(sh(docker, image, 'ls /var/lib/apt/lists | grep -v -e lock -e partial | wc -l')).toBe('0');
      expect(config(docker, image).Cmd).toEqual(['bash']);
      expect(config(docker, image).User ?? '').toBe('');
    });
  });

  describe.each(byGroup('node').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has the node user (1000), node, npm and the entrypoint contract of the official image', (ctx) => {
      const image = present(ctx, docker, row);
      const major = Number(/^node:(\d+)/.exec(image)?.[1]);
      expect(sh(docker, image, 'id -u node; id -g node; getent passwd node | cut -d: -f6')).toBe(
        '1000\n1000\n/home/node',
      );
      const vars = env(docker, image);
      expect(sh(docker, image, 'node --version')).toBe(`v${vars.NODE_VERSION}`);
      expect(vars.NODE_VERSION?.split('.')[0]).toBe(String(major));
      expect(sh(docker, image, 'readlink -f /usr/local/bin/npm')).toBe(
        '/usr/local/lib/node_modules/npm/bin/npm-cli.js',
      );
      // Corepack ships with Node up to 24; the official images from 25 on have none.
      expect(sh(docker, image, 'command -v corepack || echo none')).toBe(
        major <= 24 ? '/usr/local/bin/corepack' : 'none',
      );
      expect(config(docker, image).Entrypoint).toEqual(['docker-entrypoint.sh']);
      expect(config(docker, image).Cmd).toEqual(['node']);
      // `docker run node -e ...` runs node with the flags; a command runs as itself.
      const flags = docker(['run', '--rm', image, '-e', 'console.log(6 * 7)']);
      expect(flags.stdout.trim(), flags.stderr).toBe('42');
      expect(docker(['run', '--rm', image, 'npm', '--version']).status).toBe(0);
      // The official slim image has no CA package: Node's own store plus the stand-in's extra CAs.
      expect(vars.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/standin/host-ca-bundle.pem');
    });
  });

  describe.each(byGroup('bun').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has the bun user (1000), bun and bunx, and bun as the command', (ctx) => {
      const image = present(ctx, docker, row);
      expect(sh(docker, image, 'id -u bun; bun --version; readlink /usr/local/bin/bunx')).toBe(
        `1000\n${env(docker, image).BUN_VERSION}\n/usr/local/bin/bun`,
      );
      expect(config(docker, image).WorkingDir).toBe('/home/bun/app');
    });
  });

  describe.each(byGroup('python').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has python, pip in /usr/local/bin, LANG=C.UTF-8 and no PEP 668 block', (ctx) => {
      const image = present(ctx, docker, row);
      const vars = env(docker, image);
      expect(vars.LANG).toBe('C.UTF-8');
      expect(vars.PYTHON_VERSION).toBe(row.args.PYTHON);
      expect(sh(docker, image, 'python -c "import platform; print(platform.python_version())"')).toMatch(
        new RegExp(`^${row.args.PYTHON?.replace('.', '\\.')}\\.\\d+$`),
      );
      expect(sh(docker, image, 'for tool in python python3 pip pip3; do command -v $tool; done')).toBe(
        '/usr/local/bin/python\n/usr/local/bin/python3\n/usr/local/bin/pip\n/usr/local/bin/pip3',
      );
      expect(sh(docker, image, 'ls /usr/lib/python3*/EXTERNALLY-MANAGED 2>/dev/null | wc -l')).toBe('0');
      expect(config(docker, image).Cmd).toEqual(['python3']);
    });
  });

  describe.each(byGroup('golang').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has Go in /usr/local/go, GOPATH=/go, GOTOOLCHAIN=local, and a C compiler for cgo', (ctx) => {
      const image = present(ctx, docker, row);
      const vars = env(docker, image);
      expect(vars.GOPATH).toBe('/go');
      expect(vars.GOTOOLCHAIN).toBe('local');
      expect(config(docker, image).WorkingDir).toBe('/go');
      expect(sh(docker, image, 'command -v go; go env GOROOT')).toBe('/usr/local/go/bin/go\n/usr/local/go');
      expect(sh(docker, image, 'go version')).toContain(`go${vars.GOLANG_VERSION}`);
      sh(docker, image, 'command -v gcc && command -v git');
      // The stand-in runs as root as the official one does, but GOPATH is writable by any user.
      sh(docker, image, 'mkdir -p /go/pkg/x && rmdir /go/pkg/x', ['--user', '1000']);
    });
  });

  describe.each(byGroup('rust').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has cargo and rustc in /usr/local/cargo/bin at RUST_VERSION, and a linker', (ctx) => {
      const image = present(ctx, docker, row);
      const vars = env(docker, image);
      expect(vars.CARGO_HOME).toBe('/usr/local/cargo');
      expect(vars.RUSTUP_HOME).toBe('/usr/local/rustup');
      expect(sh(docker, image, 'command -v cargo; command -v rustc')).toBe(
        '/usr/local/cargo/bin/cargo\n/usr/local/cargo/bin/rustc',
      );
      expect(sh(docker, image, 'rustc --version')).toContain(`rustc ${vars.RUST_VERSION}`);
      sh(docker, image, 'command -v cc && command -v gcc');
      if (row.source === 'host-rust') {
        // A rust-toolchain.toml pinning the toolchain the image carries is honoured without a download.
        const pinned = sh(
          docker,
          image,
          `cd /tmp && printf '[toolchain]\\nchannel = "${vars.RUST_VERSION}"\\n' > rust-toolchain.toml && rustc --version`,
        );
        expect(pinned).toContain(`rustc ${vars.RUST_VERSION}`);
        // A program compiles and links with the image's own C toolchain.
        sh(
          docker,
          image,
          'cd /tmp && echo "fn main() { println!(\\"ok\\") }" > m.rs && rustc m.rs && ./m | grep -qx ok',
        );
      }
    });
  });

  describe.each(byGroup('ruby').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has Ruby at RUBY_VERSION with gems in /usr/local/bundle', (ctx) => {
      const image = present(ctx, docker, row);
      const vars = env(docker, image);
      expect(vars.GEM_HOME).toBe('/usr/local/bundle');
      expect(vars.BUNDLE_APP_CONFIG).toBe('/usr/local/bundle');
      expect(vars.PATH?.split(':')[0]).toBe('/usr/local/bundle/bin');
      expect(sh(docker, image, 'ruby -e "print RUBY_VERSION"')).toMatch(
        new RegExp(`^${row.args.RUBY?.replace('.', '\\.')}\\.`),
      );
      sh(docker, image, 'command -v bundle && command -v gem');
    });
  });

  describe.each(byGroup('php').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('serves /var/www/html with mod_php through apache2-foreground', async (ctx) => {
      const image = present(ctx, docker, row);
      const vars = env(docker, image);
      expect(vars.PHP_INI_DIR).toBe('/usr/local/etc/php');
      expect(config(docker, image).WorkingDir).toBe('/var/www/html');
      expect(config(docker, image).Cmd).toEqual(['apache2-foreground']);
      expect(config(docker, image).StopSignal).toBe('SIGWINCH');
      expect(sh(docker, image, 'php -r "echo PHP_MAJOR_VERSION . \\".\\" . PHP_MINOR_VERSION;"')).toBe(
        row.args.PHP,
      );
      sh(
        docker,
        image,
        'test -f "$PHP_INI_DIR/php.ini-production" && test -f "$PHP_INI_DIR/php.ini-development"',
      );
      const container = start(docker, image, []);
      exec(docker, container, ['sh', '-c', 'echo "<?php echo 6 * 7;" > /var/www/html/index.php']);
      const served = await waitFor(
        () =>
          exec(docker, container, ['php', '-r', 'echo @file_get_contents("http://127.0.0.1/");']).stdout ===
          '42',
        30_000,
      );
      expect(served, logs(docker, container)).toBe(true);
    });
  });

  describe.each(byGroup('temurin').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has Java in JAVA_HOME=/opt/java/openjdk, first on PATH, trusting the machine CA', (ctx) => {
      const image = present(ctx, docker, row);
      const vars = env(docker, image);
      expect(vars.JAVA_HOME).toBe('/opt/java/openjdk');
      expect(vars.PATH?.split(':')[0]).toBe('/opt/java/openjdk/bin');
      expect(vars.LANG).toBe('en_US.UTF-8');
      expect(sh(docker, image, 'java -version 2>&1 | head -1')).toContain(`"${row.args.JAVA}.`);
      expect(sh(docker, image, 'command -v javac || echo none') !== 'none').toBe(row.target === 'jdk');
      if (row.target === 'jdk') expect(config(docker, image).Cmd).toEqual(['jshell']);
      sh(docker, image, 'keytool -list -cacerts -storepass changeit | grep -qi host-ca');
    });
  });

  describe.each(byGroup('distroless').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has no shell, the users root, nobody and nonroot (65532), and the C runtime in cc', (ctx) => {
      const image = present(ctx, docker, row);
      const files = filesOf(docker, image);
      expect(files.some((file) => /^(usr\/)?bin\/(sh|bash)$/.test(file))).toBe(false);
      expect(docker(['run', '--rm', '--entrypoint', '/bin/sh', image, '-c', 'true']).status).not.toBe(0);
      expect(config(docker, image).User ?? '').toBe(row.target.endsWith('nonroot') ? '65532' : '');
      const passwd = exported(docker, image, 'etc/passwd');
      expect(passwd).toContain('nonroot:x:65532:65532');
      const cc = row.target.startsWith('cc');
      for (const library of ['libc.so.6', 'libssl.so.3', 'libgcc_s.so.1', 'libstdc++.so.6'])
        expect(
          files.some((file) => file.endsWith(`/${library}`)),
          library,
        ).toBe(cc);
    });
  });

  describe.each(byGroup('distroless-node').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('has no shell, runs /nodejs/bin/node as its entrypoint as nonroot (65532), and Node loads', (ctx) => {
      const image = present(ctx, docker, row);
      const files = filesOf(docker, image);
      expect(files.some((file) => /^(usr\/)?bin\/(sh|bash)$/.test(file))).toBe(false);
      expect(config(docker, image).Entrypoint).toEqual(['/nodejs/bin/node']);
      expect(config(docker, image).User).toBe('65532');
      const major = /nodejs(\d+)-/.exec(row.tags[0] ?? '')?.[1];
      const run = docker([
        'run',
        '--rm',
        image,
        '-e',
        'console.log(process.versions.node, process.getuid())',
      ]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.trim()).toMatch(new RegExp(`^${major}\\.\\d+\\.\\d+ 65532$`));
    });
  });

  describe.each(byGroup('nginx').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('runs nginx as 101 on 8080 with its temp files in /tmp', async (ctx) => {
      const image = present(ctx, docker, row);
      expect(config(docker, image).User).toBe('101');
      expect(Object.keys(config(docker, image).ExposedPorts ?? {})).toEqual(['8080/tcp']);
      const container = start(docker, image, ['--read-only', '--tmpfs', '/tmp']);
      const up = await waitFor(
        () => exec(docker, container, ['bash', '-c', 'exec 3<>/dev/tcp/127.0.0.1/8080']).status === 0,
        20_000,
      );
      expect(up, logs(docker, container)).toBe(true);
    });
  });

  describe.each(byGroup('postgres').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('initialises from POSTGRES_USER, POSTGRES_PASSWORD_FILE and POSTGRES_DB, runs initdb.d, runs as 999', async (ctx) => {
      const image = present(ctx, docker, row);
      expect(env(docker, image).PGDATA).toBe('/var/lib/postgresql/data');
      expect(Object.keys(config(docker, image).Volumes ?? {})).toEqual(['/var/lib/postgresql/data']);
      expect(config(docker, image).StopSignal).toBe('SIGINT');
      expect(sh(docker, image, 'id -u postgres; id -g postgres')).toBe('999\n999');
      const secrets = secretsDir('s3cret-from-file');
      const initdb = mkdtempSync(join(tmpdir(), 'shipshape-standin-initdb-'));
      cleanup.push(() => rmSync(initdb, { recursive: true, force: true }));
      writeFileSync(join(initdb, 'schema.sql'), 'CREATE TABLE seeded (id int);\n');
      // Readable by postgres, as a checked-in folder is (mkdtemp makes it 0700: the official image could not read it either).
      chmodSync(initdb, 0o755);
      const container = start(docker, image, [
        ...['-e', 'POSTGRES_USER=app', '-e', 'POSTGRES_DB=appdb'],
        ...['-e', 'POSTGRES_PASSWORD_FILE=/run/secrets/db_password'],
        ...['-v', `${secrets}:/run/secrets:ro`, '-v', `${initdb}:/docker-entrypoint-initdb.d:ro`],
      ]);
      // The healthcheck init writes: pg_isready answers once the real server (on TCP too) is up.
      const ready = await waitFor(
        () =>
          exec(docker, container, ['pg_isready', '-h', '127.0.0.1', '-U', 'app', '-d', 'appdb']).status === 0,
        90_000,
      );
      expect(ready, logs(docker, container)).toBe(true);
      // Over the container's own address, not loopback: initdb trusts local connections (in the official
      // image too), and the appended `host all all all scram-sha-256` line is what other services meet.
      const address = exec(docker, container, ['hostname', '-i']).stdout.trim().split(/\s+/)[0] ?? '';
      const psql = (password: string, sql: string) =>
        exec(docker, container, [
          ...[
            'env',
            `PGPASSWORD=${password}`,
            'psql',
            '-h',
            address,
            '-U',
            'app',
            '-d',
            'appdb',
            '-tAc',
            sql,
          ],
        ]);
      const query = psql(
        's3cret-from-file',
        "SELECT current_database() || ' ' || current_user || ' ' || to_regclass('seeded')::text",
      );
      expect(query.stdout.trim(), query.stderr).toBe('appdb app seeded');
      const wrong = psql('wrong', 'SELECT 1');
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toContain('password authentication failed');
      expect(mainProcessUid(docker, container)).toBe('999');
    });

    it('refuses to start on an empty data directory without a password, in one line', async (ctx) => {
      const image = present(ctx, docker, row);
      const result = docker(['run', '--rm', image]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('superuser password is not specified');
      const both = docker([
        'run',
        '--rm',
        '-e',
        'POSTGRES_PASSWORD=a',
        '-e',
        'POSTGRES_PASSWORD_FILE=/etc/hostname',
        image,
      ]);
      expect(both.stderr).toContain('both POSTGRES_PASSWORD and POSTGRES_PASSWORD_FILE are set');
    });
  });

  describe.each(byGroup('mariadb').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('initialises from MYSQL_* with a _FILE password, answers mysqladmin ping and healthcheck.sh, runs as 999', async (ctx) => {
      const image = present(ctx, docker, row);
      expect(Object.keys(config(docker, image).Volumes ?? {})).toEqual(['/var/lib/mysql']);
      expect(
        sh(docker, image, 'id -u mysql; id -g mysql; command -v mysqladmin; command -v healthcheck.sh'),
      ).toBe('999\n999\n/usr/bin/mysqladmin\n/usr/local/bin/healthcheck.sh');
      const secrets = secretsDir('s3cret-from-file');
      const container = start(docker, image, [
        ...['-e', 'MYSQL_DATABASE=app', '-e', 'MYSQL_USER=app', '-e', 'MYSQL_RANDOM_ROOT_PASSWORD=yes'],
        ...['-e', 'MYSQL_PASSWORD_FILE=/run/secrets/db_password', '-v', `${secrets}:/run/secrets:ro`],
      ]);
      const alive = await waitFor(
        () =>
          exec(docker, container, ['mysqladmin', 'ping', '-h', '127.0.0.1', '--silent']).status === 0 &&
          exec(docker, container, ['healthcheck.sh', '--connect', '--innodb_initialized']).status === 0,
        120_000,
      );
      expect(alive, logs(docker, container)).toBe(true);
      const query = exec(docker, container, [
        ...['mariadb', '-h', '127.0.0.1', '-uapp', '-ps3cret-from-file', 'app'],
        ...['-N', '-e', 'SELECT CONCAT(DATABASE(), " ", CURRENT_USER())'],
      ]);
      expect(query.stdout.trim(), query.stderr).toBe('app app@%');
      expect(mainProcessUid(docker, container)).toBe('999');
    });
  });

  describe.each(byGroup('redis').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('answers PING from other hosts (protected mode off), keeps data in /data, runs as 999', async (ctx) => {
      const image = present(ctx, docker, row);
      expect(config(docker, image).WorkingDir).toBe('/data');
      expect(Object.keys(config(docker, image).Volumes ?? {})).toEqual(['/data']);
      const container = start(docker, image, []);
      const pong = await waitFor(
        () => exec(docker, container, ['redis-cli', 'ping']).stdout.trim() === 'PONG',
        30_000,
      );
      expect(pong, logs(docker, container)).toBe(true);
      // From the container's own network address, which is not loopback: what another service sees.
      const address = exec(docker, container, ['hostname', '-i']).stdout.trim().split(/\s+/)[0] ?? '';
      expect(exec(docker, container, ['redis-cli', '-h', address, 'ping']).stdout.trim()).toBe('PONG');
      expect(mainProcessUid(docker, container)).toBe('999');
    });
  });

  describe.each(byGroup('memcached').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('runs as memcache (11211) and answers the healthcheck init writes', async (ctx) => {
      const image = present(ctx, docker, row);
      expect(config(docker, image).User).toBe('memcache');
      expect(sh(docker, image, 'id -u memcache')).toBe('11211');
      const container = start(docker, image, []);
      const probe = "echo stats | timeout 2 bash -c 'cat > /dev/tcp/127.0.0.1/11211'";
      const up = await waitFor(() => exec(docker, container, ['sh', '-c', probe]).status === 0, 20_000);
      expect(up, logs(docker, container)).toBe(true);
    });
  });

  describe.each(byGroup('caddy').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('runs caddy as root on the official paths, its state in /data and /config', (ctx) => {
      const image = present(ctx, docker, row);
      const settings = config(docker, image);
      expect(settings.User ?? '', 'root, as upstream').toBe('');
      expect(settings.WorkingDir).toBe('/srv');
      expect(settings.Cmd).toEqual([
        'caddy',
        'run',
        '--config',
        '/etc/caddy/Caddyfile',
        '--adapter',
        'caddyfile',
      ]);
      expect(Object.keys(settings.Volumes ?? {}).sort()).toEqual(['/config', '/data']);
      expect(Object.keys(settings.ExposedPorts ?? {}).sort()).toEqual([
        '2019/tcp',
        '443/tcp',
        '443/udp',
        '80/tcp',
      ]);
      expect(env(docker, image)).toMatchObject({ XDG_DATA_HOME: '/data', XDG_CONFIG_HOME: '/config' });
      expect(sh(docker, image, 'command -v caddy')).toBe('/usr/bin/caddy');
      sh(docker, image, 'caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile');
    });

    it('needs NET_BIND_SERVICE kept when every other capability is dropped (a file capability, as upstream)', (ctx) => {
      const image = present(ctx, docker, row);
      const run = (caps: string[]) => docker(['run', '--rm', ...caps, image, 'caddy', 'version']);
      const dropped = run(['--cap-drop', 'ALL']);
      expect(dropped.status).not.toBe(0);
      expect(dropped.stderr).toContain('operation not permitted');
      const kept = run(['--cap-drop', 'ALL', '--cap-add', 'NET_BIND_SERVICE']);
      expect(kept.status, kept.stderr).toBe(0);
    });

    it('serves its default page on port 80 with a read-only root, its admin API on 2019', async (ctx) => {
      const image = present(ctx, docker, row);
      const container = start(docker, image, [
        ...['--read-only', '--tmpfs', '/tmp', '--cap-drop', 'ALL', '--cap-add', 'NET_BIND_SERVICE'],
        ...['-p', '127.0.0.1::80'],
      ]);
      const port = docker(['port', container, '80/tcp'])
        .stdout.trim()
        .match(/:(\d+)$/)?.[1];
      expect(port, logs(docker, container)).toBeDefined();
      let page = '';
      const up = await waitFor(() => {
        const probe = spawnSync(process.execPath, [
          '-e',
          `fetch('http://127.0.0.1:${port}/').then(async (r) => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1); }, () => process.exit(1))`,
        ]);
        page = probe.stdout?.toString() ?? '';
        return probe.status === 0;
      }, 20_000);
      expect(up, logs(docker, container)).toBe(true);
      expect(page).toContain('Caddy stand-in');
      // The probe compose.proxy.yaml writes: BusyBox's wget, as on Alpine, against the admin API.
      const probe = exec(docker, container, [
        'wget',
        '-q',
        '-O',
        '/dev/null',
        'http://127.0.0.1:2019/config/',
      ]);
      expect(probe.status, probe.stderr).toBe(0);
      expect(exec(docker, container, ['readlink', '-f', '/usr/local/bin/wget']).stdout.trim()).toBe(
        '/usr/bin/busybox',
      );
    });
  });

  describe.each(byGroup('rabbitmq').map((row) => [row.tags[0], row] as const))('%s', (_name, row) => {
    it('answers rabbitmq-diagnostics ping with the management plugin on, as rabbitmq (999)', async (ctx) => {
      const image = present(ctx, docker, row);
      expect(sh(docker, image, 'id -u rabbitmq')).toBe('999');
      expect(env(docker, image).RABBITMQ_DATA_DIR).toBe('/var/lib/rabbitmq');
      const container = start(docker, image, []);
      const up = await waitFor(
        () => exec(docker, container, ['rabbitmq-diagnostics', '-q', 'ping']).status === 0,
        180_000,
      );
      expect(up, logs(docker, container)).toBe(true);
      const plugins = exec(docker, container, ['rabbitmq-plugins', 'list', '-e', '-m']).stdout;
      expect(plugins).toContain('rabbitmq_management');
      expect(mainProcessUid(docker, container)).toBe('999');
    }, 240_000);
  });
});

/** The paths in an image's file system, from `docker export` of a container that never starts. */
function filesOf(docker: Engine['docker'], image: string): string[] {
  const id = docker(['create', image, 'none']).stdout.trim();
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-standin-export-'));
  try {
    const file = join(dir, 'image.tar');
    expect(docker(['export', '-o', file, id], { timeoutMs: 60_000 }).status).toBe(0);
    // The tar is binary: listed by tar itself rather than decoded here.
    const listing = spawnSync('tar', ['-tf', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(listing.status, listing.stderr).toBe(0);
    return listing.stdout
      .split('\n')
      .map((name) => name.replace(/^\.\//, ''))
      .filter(Boolean);
  } finally {
    docker(['rm', id]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One file of an image that has no shell to print it. */
function exported(docker: Engine['docker'], image: string, path: string): string {
  const id = docker(['create', image, 'none']).stdout.trim();
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-standin-cp-'));
  try {
    expect(docker(['cp', `${id}:/${path}`, join(dir, 'file')]).status).toBe(0);
    return readFileSync(join(dir, 'file'), 'utf8');
  } finally {
    docker(['rm', id]);
    rmSync(dir, { recursive: true, force: true });
  }
}
