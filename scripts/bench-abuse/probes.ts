// What the abuse benchmark reads from the machine: a folder's size, and the Next server's memory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type DirUsage = { bytes: number; files: number };

/** Bytes and files below `dir` (0 and 0 where it does not exist). */
export function dirUsage(dir: string): DirUsage {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { bytes: 0, files: 0 };
  }
  const usage = { bytes: 0, files: 0 };
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = dirUsage(path);
      usage.bytes += inner.bytes;
      usage.files += inner.files;
    } else if (entry.isFile()) {
      usage.bytes += statSync(path).size;
      usage.files += 1;
    }
  }
  return usage;
}

/** VmRSS in bytes from the text of /proc/<pid>/status, or null. */
export function parseVmRss(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

export function rssOf(pid: number): number {
  const rss = parseVmRss(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (rss === null) throw new Error(`no VmRSS for process ${pid}`);
  return rss;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent id is the 4th field, after the name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return children;
}

/** The process below `root` that serves Next (it renames itself next-server), or null. */
export function findNextServer(root: number): number | null {
  const queue = childrenOf(root);
  let launcher: number | null = null;
  while (queue.length > 0) {
    const pid = queue.shift()!;
    let command: string;
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (command.startsWith('next-server')) return pid;
    if (command.includes('next/dist/bin/next')) launcher ??= pid;
    queue.push(...childrenOf(pid));
  }
  return launcher;
}
