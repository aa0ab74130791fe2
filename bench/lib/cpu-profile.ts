import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatTable } from './report.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  file: string;
  sampledMs: number;
  /** Share of the sampled time the thread was idle (waiting on I/O); the other shares are of the busy time. */
  idleShare: number;
  /** Share of busy time (self time) by where the code lives: a package, credbot's source, Node, GC. */
  byArea: { area: string; share: number }[];
  /** The functions with the most self time. */
  topFunctions: { name: string; share: number }[];
  /** Share of samples with a frame of each package anywhere on the stack (self and callees). */
  inclusiveByArea: { area: string; share: number }[];
}

/** Where a frame's code lives, coarsely: enough to see what dominates. */
function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith('node:')) return 'node internals';
  // credbot's own code, from source (src/) or compiled (…/dist/): by top folder, as src/<folder>.
  const credbotMatch = /\/(?:src|dist)\/(.+\.[jt]s)$/.exec(url);
  if (credbotMatch) {
    const segments = credbotMatch[1]!.split('/');
    return `src/${segments.length > 1 ? segments[0] : '(top)'}`;
  }
  const otherMatch = /\/(test|bench)\/([^/]+)\//.exec(url);
  if (otherMatch) return `${otherMatch[1]}/${otherMatch[2]}`;
  return url.replace(/^file:\/\//, '');
}

/**
 * Reads the main thread's .cpuprofile in `directory` (Node names them CPU.<date>.<time>.<pid>.<thread>.<n>; tsx's
 * module loader runs on a thread of its own, whose profile is there too) and sums self and inclusive time.
 */
export async function summariseMainThreadProfile(directory: string, top = 15): Promise<ProfileSummary | null> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.cpuprofile'));
  const mainThread = files.find((file) => file.split('.')[4] === '0');
  if (!mainThread) return null;
  const file = path.join(directory, mainThread);
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const selfMicros = new Map<number, number>();
  for (let index = 0; index < samples.length; index++) {
    const id = samples[index]!;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + Math.max(0, deltas[index + 1] ?? deltas[index] ?? 0));
  }
  const isIdle = (id: number) => byId.get(id)?.callFrame.functionName === '(idle)';
  const sampled = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0) || 1;
  const idle = [...selfMicros].filter(([id]) => isIdle(id)).reduce((sum, [, micros]) => sum + micros, 0);
  const total = sampled - idle || 1;

  const areaSelf = new Map<string, number>();
  const functionSelf = new Map<string, number>();
  const areaInclusive = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    if (isIdle(id)) continue;
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areaSelf.set(area, (areaSelf.get(area) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(node_modules|src|dist|test|bench)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
    functionSelf.set(name, (functionSelf.get(name) ?? 0) + micros);
    const onStack = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const frame = byId.get(current)!.callFrame;
      onStack.add(areaOf(frame.url, frame.functionName));
    }
    onStack.delete('(root)');
    for (const stackArea of onStack) areaInclusive.set(stackArea, (areaInclusive.get(stackArea) ?? 0) + micros);
  }
  const ranked = (totals: Map<string, number>, count: number, key: 'area' | 'name') =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([label, micros]) => ({ [key]: label, share: Math.round((micros / total) * 1000) / 1000 })) as never;
  return {
    file,
    sampledMs: Math.round(sampled / 1000),
    idleShare: Math.round((idle / sampled) * 1000) / 1000,
    byArea: ranked(areaSelf, top, 'area'),
    topFunctions: ranked(functionSelf, top, 'name'),
    inclusiveByArea: ranked(areaInclusive, top, 'area'),
  };
}

/** The summary as three small tables: self time by area, time on the stack by area, and the top functions. */
export function formatProfile(title: string, profile: ProfileSummary, relativeFile: string, processCpuMs?: number): string {
  const percent = (share: number) => Math.round(share * 1000) / 10;
  const busySeconds = (profile.sampledMs * (1 - profile.idleShare)) / 1000;
  // V8's sampler runs on wall-clock time: a thread that is runnable but not running (more runnable threads than
  // cores) is charged to the frame it stopped in, typically a socket write that woke PostgreSQL.
  const offCpu =
    processCpuMs === undefined
      ? ''
      : `\nbusy in the samples: ${busySeconds.toFixed(1)} s; CPU time the whole process used (/proc, all threads): ${(processCpuMs / 1000).toFixed(1)} s. ` +
        `Where the first exceeds the second, the difference is time off the CPU (the machine oversubscribed), charged to the frame the thread was in.`;
  return [
    `${title}, CPU profile ${relativeFile} (${profile.sampledMs} ms sampled, ${percent(profile.idleShare)}% idle); shares of the busy time, self time by area:${offCpu}`,
    formatTable([['area', 'share %'], ...profile.byArea.map((entry) => [entry.area, percent(entry.share)])]),
    '\non the stack (self + callees):',
    formatTable([['area', 'share %'], ...profile.inclusiveByArea.map((entry) => [entry.area, percent(entry.share)])]),
    '\ntop functions by self time:',
    formatTable([['function', 'share %'], ...profile.topFunctions.map((entry) => [entry.name, percent(entry.share)])]),
  ].join('\n');
}
