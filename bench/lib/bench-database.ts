import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The server the benchmarks create their databases on: BENCH_DATABASE_URL, or the local one. */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  /** The connection string of the new database. */
  url: string;
  name: string;
  /** Drops it, even while something is still connected. */
  drop(): Promise<void>;
}

/** A fresh, empty database on the benchmark server; the caller migrates it (the service does at start). */
export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = postgres(BENCH_SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      try {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
