import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real PostgreSQL server for tests, in a fresh temp folder, on a free loopback port: initdb,
 * pg_ctl start, one database, pg_ctl stop and the folder removed at the end. Never a mock.
 *
 * PostgreSQL refuses to run as root, and CI runs as root: there the folder is given to the
 * `postgres` user and the server tools run as it (runuser). Anyone else runs them as themselves.
 * Debian's `postgresql` package puts the tools in /usr/lib/postgresql/<major>/bin; .ci/run installs it.
 */
export interface TempCluster {
  /** A connection string for the test database, trusted on loopback (no password). */
  url: string;
  port: number;
  /** The folder of the server's Unix socket: a trusted way in as postgres when `passwords` is on. */
  socketDir: string;
  stop(): void;
}

const DEBIAN_BIN = '/usr/lib/postgresql';

/** The newest PostgreSQL's tools on this machine, or a failure that says how to install them. */
export function findPgBin(): string {
  const majors = existsSync(DEBIAN_BIN)
    ? readdirSync(DEBIAN_BIN)
        .filter((d) => /^\d+$/.test(d) && existsSync(join(DEBIAN_BIN, d, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) {
    throw new Error(
      `PostgreSQL is not installed (no ${DEBIAN_BIN}/<version>/bin/initdb). The store contract suite runs against a real PostgreSQL 15 or later: install it with "apt-get install postgresql" (.ci/run does), then run the tests again.`,
    );
  }
  if (Number(majors[0]) < 15) throw new Error(`PostgreSQL ${majors[0]} is installed; Disclosure Desk's team workspace needs PostgreSQL 15 or later.`);
  return join(DEBIAN_BIN, majors[0]!, 'bin');
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface TempClusterOptions {
  /** Serve TLS (ssl=on) with this certificate and key (PEM), for tests of verify-full; plain connections are still accepted. */
  ssl?: { cert: string; key: string };
  /** Ask for a password over TCP (scram-sha-256), as a real server does; the socket (socketDir) stays trusted for setting up. */
  passwords?: boolean;
}

export async function startTempCluster(database = 'desk_test', options: TempClusterOptions = {}): Promise<TempCluster> {
  const bin = findPgBin();
  const dir = mkdtempSync(join(tmpdir(), 'desk-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  // As root, the files the server reads are given to postgres (the folder, and a TLS key).
  let giveToServer: (path: string) => void = () => undefined;
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) throw new Error('Running as root, but there is no "postgres" user to run PostgreSQL as. Install Debian\'s postgresql package, which creates it.');
    giveToServer = (path) => chownSync(path, Number(id.stdout.trim()), Number(gid.stdout.trim()));
    giveToServer(dir);
  }
  // As root, each tool runs as postgres; the environment is kept (runuser without -l), PATH aside.
  const run = (tool: string, args: string[]) => {
    const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const r = spawnSync(command, argv, { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`${tool} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout || r.error?.message}`);
    return r.stdout;
  };
  const log = join(dir, 'server.log');
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already gone: nothing to stop.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const auth = options.passwords ? ['--auth-local=trust', '--auth-host=scram-sha-256'] : ['--auth=trust'];
    run('initdb', ['-D', data, '-U', 'postgres', ...auth, '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await freeLoopbackPort();
    // The key must belong to the server's user and be readable by it alone, or PostgreSQL will not start.
    let tls = '';
    if (options.ssl) {
      const [cert, key] = [join(dir, 'server.crt'), join(dir, 'server.key')];
      writeFileSync(cert, options.ssl.cert);
      writeFileSync(key, options.ssl.key, { mode: 0o600 });
      giveToServer(cert);
      giveToServer(key);
      tls = ` -c ssl=on -c ssl_cert_file=${cert} -c ssl_key_file=${key}`;
    }
    // fsync off: a test server's data is thrown away, and syncing would make the suite slow.
    run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', `-k ${dir} -h 127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off${tls}`, 'start']);
    started = true;
    // Stopped even if the test process ends without its afterAll (a crash, a timeout).
    process.once('exit', stop);
    run('createdb', ['-h', options.passwords ? dir : '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
    return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, port, socketDir: dir, stop };
  } catch (err) {
    const tail = existsSync(log) ? `\nServer log:\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    stop();
    throw new Error(`${(err as Error).message}${tail}`);
  }
}
