import { readdirSync, readFileSync } from 'node:fs';

/**
 * PIDs of this process's direct children (Linux /proc; empty elsewhere). Playwright does not expose the PID of
 * a browser it launched, but it is a direct child, in a process group of its own.
 */
export function childPids(parent = process.pid): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => parentOf(pid) === parent);
}

/** The parent PID of `pid`, or undefined when it is gone. */
export function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name, which is in parentheses and may contain spaces: state ppid pgrp …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}
