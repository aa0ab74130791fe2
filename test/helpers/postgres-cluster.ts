import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';

const run = promisify(execFile);

/** Debian's layout, as on this project's machines: /usr/lib/postgresql/<major version>/bin. */
const INSTALL_ROOT = '/usr/lib/postgresql';
const BINARIES = ['initdb', 'pg_ctl', 'postgres'];
/** The newest installed version with every binary, or null. */
const BIN_DIR = findBinDir();
/** initdb and postgres refuse to run as root: as root, the cluster belongs to this user. */
const CLUSTER_USER = 'postgres';

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a free port, that a test may crash and
 * restart without touching the shared server. Trust authentication on 127.0.0.1 only.
 */
export interface PostgresCluster {
  /** The `postgres` database as its superuser. */
  url: string;
  /** `pg_ctl stop -m immediate`: the processes quit at once, with no shutdown checkpoint, as in a crash. */
  crash(): Promise<void>;
  /** Starts it again; after a crash it first replays its log (crash recovery). */
  start(): Promise<void>;
  /**
   * Stops (SIGSTOP) the WAL writer, the process that otherwise writes asynchronously committed transactions out
   * and flushes them within a few hundred milliseconds. An immediate stop keeps what was written to the operating
   * system; a machine that loses power keeps only what was flushed. With the writer stopped, a crash of the
   * processes loses every asynchronous commit since the last durable one: what a power cut loses when it comes
   * before the writer's next flush. It stays stopped until the next crash (the postmaster kills it then, after
   * 5 seconds).
   */
  pauseWalWriter(): Promise<void>;
  /** The server's log, to explain a failure. */
  log(): Promise<string>;
  /** Stops it, if running, and deletes its folder. */
  remove(): Promise<void>;
}

/** Why no cluster can be started here, or null when one can. */
export function missingPostgresBinaries(): string | null {
  return BIN_DIR === null ? `no PostgreSQL server binaries (${BINARIES.join(', ')}) in ${INSTALL_ROOT}/<version>/bin` : null;
}

function findBinDir(): string | null {
  const versions = existsSync(INSTALL_ROOT) ? readdirSync(INSTALL_ROOT).filter((name) => /^\d+$/.test(name)) : [];
  const complete = versions
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(INSTALL_ROOT, version, 'bin'))
    .filter((dir) => BINARIES.every((name) => existsSync(path.join(dir, name))));
  return complete[0] ?? null;
}

/** `settings` go on the server's command line (`-c name=value`) at every start. */
export async function startPostgresCluster(settings: Record<string, string> = {}): Promise<PostgresCluster> {
  const binDir = BIN_DIR;
  if (binDir === null) throw new Error(missingPostgresBinaries() ?? 'no PostgreSQL binaries');
  const asRoot = process.getuid?.() === 0;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'credbot-pg-'));
  const dataDir = path.join(folder, 'data');
  const logFile = path.join(folder, 'server.log');
  const port = await freePort();
  const pg = (binary: string, args: string[]) => {
    const command = path.join(binDir, binary);
    return asRoot ? run('runuser', ['-u', CLUSTER_USER, '--', command, ...args]) : run(command, args);
  };
  const serverOptions = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${folder}'`,
    ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
  ].join(' ');
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let walWriterPid: number | undefined;

  const cluster: PostgresCluster = {
    url,
    async crash() {
      await pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '60', 'stop']);
      walWriterPid = undefined;
    },
    async start() {
      await pg('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start']);
    },
    async pauseWalWriter() {
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const [row] = await admin<{ pid: number }[]>`select pid from pg_stat_activity where backend_type = 'walwriter'`;
        if (!row) throw new Error('no WAL writer process found');
        walWriterPid = row.pid;
        process.kill(walWriterPid, 'SIGSTOP');
      } finally {
        await admin.end();
      }
    },
    async log() {
      return run('tail', ['-n', '60', logFile]).then(
        ({ stdout }) => stdout,
        () => '(no server log)',
      );
    },
    async remove() {
      // A paused WAL writer would make the stop wait 5 seconds for the postmaster to kill it.
      if (walWriterPid !== undefined) process.kill(walWriterPid, 'SIGCONT');
      await pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '60', 'stop']).catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };

  try {
    if (asRoot) {
      const [uid, gid] = await Promise.all([idOf('-u'), idOf('-g')]);
      await chown(folder, uid, gid);
    }
    await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
    await cluster.start();
  } catch (error) {
    await cluster.remove();
    throw error;
  }
  return cluster;
}

async function idOf(flag: '-u' | '-g'): Promise<number> {
  const { stdout } = await run('id', [flag, CLUSTER_USER]);
  return Number(stdout.trim());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
