import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cliEntry = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a child starts from: ours without anything that would configure credbot. */
function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|SMTP_URL|DATA_DIR|PORT|LOG_LEVEL)$/.test(key)),
  );
  return { ...clean, LOG_LEVEL: 'info', ...env };
}

function spawnCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', cliEntry, ...args], { cwd: projectRoot, env: baseEnv(env) });
}

/** Runs the real `credbot` command (from source) as a child process. */
export function runCredbot(args: string[], env: Record<string, string>, stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(stdin ?? '');
  });
}

export interface RunningCredbot {
  url: string;
  pid: number;
  output(): string;
  /** Sends the signal (SIGTERM by default) and resolves with the exit code (null when killed by the signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `credbot start` and resolves once it listens. */
export function startCredbot(env: Record<string, string>, timeoutMs = 30_000): Promise<RunningCredbot> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(['start'], { PORT: '0', HOST: '127.0.0.1', ...env });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`credbot did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /credbot (?:listening on|is running at) (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          pid: child.pid as number,
          output: () => output,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`credbot exited with ${code} before listening:\n${output}`));
    });
  });
}
