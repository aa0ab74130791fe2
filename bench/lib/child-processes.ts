import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs an entry point (a path from the project root) in a Node child process: a .ts one from source through tsx,
 * as the tests do, a .js one as it is.
 */
function spawnNode(entry: string, args: string[], env: Record<string, string>, nodeArgs: string[]): ChildProcess {
  // Nothing of ours configures the child by accident: it gets exactly the settings it is given.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|SMTP_URL|DATA_DIR|PORT|HOST|LOG_LEVEL|ZENDESK_.*|SLACK_.*)$/.test(key)),
  );
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  return spawn(process.execPath, [...nodeArgs, ...loader, path.resolve(projectRoot, entry), ...args], {
    cwd: projectRoot,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface RunningChild {
  pid: number;
  /** What the ready pattern's first group captured (a URL). */
  ready: string;
  output(): string;
  /** Current and peak resident set size of the child, in bytes, from /proc/<pid>/status (VmRSS, VmHWM). */
  memory(): { rssBytes: number; peakRssBytes: number };
  /** Sends the signal and resolves with the exit code (null when the signal killed it). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a long-running child and resolves once its output matches `readyPattern`. */
export function startChild(options: {
  entry: string;
  args?: string[];
  env: Record<string, string>;
  nodeArgs?: string[];
  readyPattern: RegExp;
  timeoutMs?: number;
}): Promise<RunningChild> {
  const { readyPattern, timeoutMs = 60_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawnNode(options.entry, options.args ?? [], options.env, options.nodeArgs ?? []);
    let output = '';
    let started = false;
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.entry} did not start in ${timeoutMs} ms:\n${output.slice(-4000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      // Keep the start and the latest of what it says: enough to explain a failure, bounded under load.
      output = output.length > 200_000 ? output.slice(-100_000) + chunk : output + chunk;
      if (started) return;
      const match = readyPattern.exec(output);
      if (!match) return;
      started = true;
      clearTimeout(timer);
      const pid = child.pid as number;
      resolve({
        pid,
        ready: match[1] ?? match[0],
        output: () => output,
        memory: () => readMemory(pid),
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

/** Runs a child to completion; resolves with its standard output, or rejects with its output on failure. */
export function runChild(options: { entry: string; args?: string[]; env?: Record<string, string> }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnNode(options.entry, options.args ?? [], options.env ?? {}, []);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${options.entry} exited with ${code}:\n${stderr.slice(-4000)}`));
    });
  });
}

function readMemory(pid: number): { rssBytes: number; peakRssBytes: number } {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rssBytes: 0, peakRssBytes: 0 };
  }
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssBytes: kilobytes('VmRSS') * 1024, peakRssBytes: kilobytes('VmHWM') * 1024 };
}

/** Samples a child's resident set size every `intervalMs`; `stop` returns the largest sample and VmHWM. */
export function sampleMemory(child: RunningChild, intervalMs = 250): { stop(): { peakSampledBytes: number; peakRssBytes: number } } {
  let peakSampledBytes = 0;
  let peakRssBytes = 0;
  const sample = () => {
    const memory = child.memory();
    peakSampledBytes = Math.max(peakSampledBytes, memory.rssBytes);
    peakRssBytes = Math.max(peakRssBytes, memory.peakRssBytes);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakSampledBytes, peakRssBytes };
    },
  };
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used, in milliseconds, from /proc/<pid>/stat; 0 once it has gone. */
export function cpuMilliseconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Busy and total CPU time of the whole machine so far, in clock ticks (all cores), from /proc/stat. */
export function machineCpuTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  // user nice system idle iowait irq softirq steal …: idle and iowait are not busy.
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}
