import { readFileSync } from 'node:fs';
import {
  type NodeChildOptions,
  type RunningChild as StartedChild,
  runNode,
  type StartChildOptions,
  startChild as startNodeChild,
} from '../../test/helpers/child-process.ts';

export { projectRoot } from '../../test/helpers/child-process.ts';

export interface RunningChild extends StartedChild {
  /** Current and peak resident set size of the child, in bytes, from /proc/<pid>/status (VmRSS, VmHWM). */
  memory(): { rssBytes: number; peakRssBytes: number };
}

/** Starts a long-running child as the tests do (see test/helpers/child-process.ts), its memory measurable. */
export async function startChild(options: StartChildOptions): Promise<RunningChild> {
  const child = await startNodeChild(options);
  return { ...child, memory: () => readMemory(child.pid) };
}

/** Runs a child to completion; resolves with its standard output, or rejects with its standard error on failure. */
export async function runChild(options: NodeChildOptions): Promise<string> {
  const { code, stdout, stderr } = await runNode(options);
  if (code !== 0) throw new Error(`${options.entry} exited with ${code}:\n${stderr.slice(-4000)}`);
  return stdout;
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
