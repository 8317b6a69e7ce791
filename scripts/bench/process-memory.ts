/**
 * The memory of a running step and everything it started, read from Linux's /proc while it runs.
 * A step's peak is counted as the highest sum of the resident sizes (VmRSS) of its processes at one
 * sample, so that Node and the Pagefind binary it runs beside it add up; each process's own
 * high-water mark (VmHWM) is kept too, which no sample can miss. Elsewhere than Linux it reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/status that the bench reads, in kB. */
export interface ProcStatus {
  name: string;
  rssKb: number;
  hwmKb: number;
}

/** Parses /proc/<pid>/status; null for a process without memory of its own (a zombie, a kernel thread). */
export function parseProcStatus(text: string): ProcStatus | null {
  const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, 'mu').exec(text)?.[1];
  const rss = field('VmRSS');
  const hwm = field('VmHWM');
  if (rss === undefined || hwm === undefined) return null;
  return { name: field('Name') ?? '?', rssKb: Number.parseInt(rss, 10), hwmKb: Number.parseInt(hwm, 10) };
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return null;
  }
}

/** `pid` and all its descendants alive now. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${tree[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = readOrNull(`/proc/${tree[i]}/task/${task}/children`) ?? '';
      for (const child of children.split(' ')) if (child.trim() !== '') tree.push(Number(child));
    }
  }
  return tree;
}

export interface TreeMemory {
  /** The highest sum of the tree's resident sizes at one sample, in bytes. */
  peakBytes: number;
  /** The highest high-water mark seen for each process name (e.g. "node", "pagefind_extend"), in bytes. */
  byName: Map<string, number>;
}

/** Samples the memory of `pid`'s process tree every `everyMs` until `stop()` is called. */
export function watchTreeMemory(pid: number, everyMs = 50): { stop: () => TreeMemory } {
  const memory: TreeMemory = { peakBytes: 0, byName: new Map() };
  const sample = () => {
    let sum = 0;
    for (const member of processTree(pid)) {
      const status = readOrNull(`/proc/${member}/status`);
      const parsed = status === null ? null : parseProcStatus(status);
      if (!parsed) continue;
      sum += parsed.rssKb * 1024;
      memory.byName.set(parsed.name, Math.max(memory.byName.get(parsed.name) ?? 0, parsed.hwmKb * 1024));
    }
    memory.peakBytes = Math.max(memory.peakBytes, sum);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return memory;
    },
  };
}
