import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './child-processes.ts';

/*
 * Production runs credbot compiled (`bin/credbot.js` → dist/), not through tsx, whose loader thread and
 * transpiled sources alone add about 70 MB of resident memory to an idle service. So the benchmarks run a
 * compiled copy of the work tree, built with the project's own tsconfig.build.json into bench/.out/build/dist
 * (git-ignored), and rebuilt only when a source or a migration is newer than the last build. The migrations are
 * found two levels above dist/db/, as in the project: drizzle/ is copied to bench/.out/build/drizzle with the
 * build, so a migration regenerated while a benchmark runs cannot pair new migrations with old code.
 */
const buildRoot = path.join(projectRoot, 'bench/.out/build');
const outDir = path.join(buildRoot, 'dist');
const stampFile = path.join(buildRoot, '.built');
const INPUTS = ['src', 'drizzle', 'static', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** Beside dist/ as in the project: the migrations, and the files the console serves (found from dist/console/). */
const COPIED = ['drizzle', 'static'];

async function newestModification(entry: string): Promise<number> {
  const info = await stat(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestModification(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

/** Builds the compiled service if the sources changed since the last build; returns the `credbot` entry point. */
export async function ensureCompiledService(log: (line: string) => void): Promise<string> {
  const entry = path.join(outDir, 'cli/bin.js');
  const sourcesChanged = Math.max(...(await Promise.all(INPUTS.map((input) => newestModification(path.join(projectRoot, input))))));
  const builtAt = await stat(stampFile).then((info) => info.mtimeMs, () => 0);
  if (builtAt > sourcesChanged) return entry;

  log('compiling the service (tsc -p tsconfig.build.json) into bench/.out/build/dist…');
  await rm(outDir, { recursive: true, force: true });
  const buildStartedAt = new Date();
  await mkdir(buildRoot, { recursive: true });
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, text }));
  });
  await stat(entry).catch(() => {
    throw new Error(`tsc produced no ${path.relative(projectRoot, entry)}:\n${output.text.slice(-4000)}`);
  });
  // tsc still emits with type errors (someone's work in progress): say so, and run what it emitted.
  if (output.code !== 0) log(`warning: tsc reported errors; benchmarking what it emitted:\n${output.text.split('\n').slice(0, 10).join('\n')}`);
  for (const folder of COPIED) {
    await rm(path.join(buildRoot, folder), { recursive: true, force: true });
    await cp(path.join(projectRoot, folder), path.join(buildRoot, folder), { recursive: true });
  }
  // Stamped with the build's start: a source saved while tsc ran makes the next run build again.
  await writeFile(stampFile, buildStartedAt.toISOString());
  await utimes(stampFile, buildStartedAt, buildStartedAt);
  return entry;
}
