import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const CLI_ENTRY = 'src/cli/bin.ts';

// Nothing of ours configures a child by accident: it gets exactly the settings it is given, and reads no
// developer's .env unless a test names a file with ENV_FILE.
const CREDBOT_SETTINGS = /^(DATABASE_URL|SMTP_.*|DATA_DIR|PORT|HOST|LOG_LEVEL|SERVICE_ROLE|ENV_FILE|ZENDESK_.*|SLACK_.*)$/;

export interface NodeChildOptions {
  /** A path from the project root: a .ts one runs from source through tsx, as the tests do, a .js one as it is. */
  entry: string;
  args?: string[];
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** A command that runs node for us, with its arguments (`unshare --pid --fork`, say). */
  launcher?: string[];
}

function spawnNode(options: NodeChildOptions, stdin: 'pipe' | 'ignore'): ChildProcess {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CREDBOT_SETTINGS.test(key)));
  const loader = options.entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const entry = path.resolve(projectRoot, options.entry);
  const [command = process.execPath, ...args] = [
    ...(options.launcher ?? []),
    process.execPath,
    ...(options.nodeArgs ?? []),
    ...loader,
    entry,
    ...(options.args ?? []),
  ];
  return spawn(command, args, {
    cwd: projectRoot,
    env: { ...inherited, ENV_FILE: '', ...options.env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a Node entry point to completion, with `stdin` as its whole input. With `timeoutMs`, a child still running
 * then is killed and reported with code null: a command expected to stop fails its test instead of hanging it.
 */
export function runNode(options: NodeChildOptions & { stdin?: string; timeoutMs?: number }): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawnNode(options, 'pipe');
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? '');
  });
}

export interface RunningChild {
  pid: number;
  /** What the ready pattern's first group captured (a URL), or else its whole match. */
  ready: string;
  output(): string;
  /** Resolves with the exit code (null when a signal killed it) once it exits by itself or is stopped. */
  exited: Promise<number | null>;
  /** Sends the signal (SIGTERM by default) and resolves with the exit code (null when the signal killed it). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartChildOptions extends NodeChildOptions {
  readyPattern: RegExp;
  timeoutMs?: number;
}

/** Starts a long-running Node child and resolves once its output matches `readyPattern`. */
export function startChild(options: StartChildOptions): Promise<RunningChild> {
  const { readyPattern, timeoutMs = 60_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawnNode(options, 'ignore');
    let output = '';
    let started = false;
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.entry} did not start in ${timeoutMs} ms:\n${output.slice(-4000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      // Keep the latest of what it says: enough to explain a failure, bounded under load.
      output = output.length > 200_000 ? output.slice(-100_000) + chunk : output + chunk;
      if (started) return;
      const match = readyPattern.exec(output);
      if (!match) return;
      started = true;
      clearTimeout(timer);
      resolve({
        pid: child.pid as number,
        ready: match[1] ?? match[0],
        output: () => output,
        exited,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`${options.entry} exited with ${code} before it was ready:\n${output.slice(-4000)}`));
    });
  });
}

/** Runs the real `credbot` command (from source) as a child process. */
export function runCredbot(args: string[], env: Record<string, string>, stdin?: string, options: { timeoutMs?: number } = {}): Promise<ChildResult> {
  return runNode({ entry: CLI_ENTRY, args, env: { LOG_LEVEL: 'info', ...env }, stdin, ...options });
}

export interface RunningCredbot extends RunningChild {
  url: string;
}

/** Starts `credbot start` (from source) and resolves once it listens. */
export async function startCredbot(env: Record<string, string>, timeoutMs = 30_000, launcher?: string[]): Promise<RunningCredbot> {
  const child = await startChild({
    entry: CLI_ENTRY,
    ...(launcher ? { launcher } : {}),
    args: ['start'],
    env: { LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env },
    readyPattern: /credbot (?:listening on|is running at) (http:\/\/[^"\s]+)/,
    timeoutMs,
  });
  return { ...child, url: child.ready };
}
