// The resident memory of a process tree, read from /proc (Linux): a process and every descendant (for the
// dashboard, `next start` and the server workers it starts), each one's VmRSS summed, sampled on a timer so
// the benchmark can report the peak while something runs. MB here are 10^6 bytes.
import { readdirSync, readFileSync } from "node:fs";

/** The parent PID in the text of /proc/<pid>/stat (the field after the state, which follows "(comm)"). */
export function parentOf(statText: string): number | null {
  const close = statText.lastIndexOf(")");
  if (close < 0) return null;
  const fields = statText
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : null;
}

/** VmRSS in KiB from the text of /proc/<pid>/status (0 when absent: a kernel thread, a zombie). */
export function vmRssKib(statusText: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText);
  return match ? Number(match[1]) : 0;
}

/** `root` and every PID whose chain of parents in `parents` (pid → parent pid) leads to it. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) {
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  const tree: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function readOr(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    // The process ended between the listing and the read.
    return null;
  }
}

/** Every live process's parent, from /proc. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    const parent = stat === null ? null : parentOf(stat);
    if (parent !== null) parents.set(Number(name), parent);
  }
  return parents;
}

/** The summed VmRSS of `root` and its descendants right now, in MB, and how many processes that is. */
export function treeRss(root: number): { mb: number; processes: number } {
  const pids = descendants(root, processParents());
  let kib = 0;
  let processes = 0;
  for (const pid of pids) {
    const status = readOr(`/proc/${pid}/status`);
    if (status === null) continue;
    kib += vmRssKib(status);
    processes += 1;
  }
  return { mb: (kib * 1024) / 1e6, processes };
}

export type RssSampler = { stop: () => { peakMb: number; samples: number; processes: number } };

/** Samples the tree's RSS now and every `everyMs` until stopped; `stop` gives the peak seen. */
export function sampleTreeRss(root: number, everyMs = 200): RssSampler {
  let peakMb = 0;
  let samples = 0;
  let processes = 0;
  const take = () => {
    const now = treeRss(root);
    samples += 1;
    if (now.mb > peakMb) {
      peakMb = now.mb;
      processes = now.processes;
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return { peakMb, samples, processes };
    },
  };
}
