import os from 'node:os';

/**
 * How many cores sat idle while `work` ran, from the kernel's per-core idle counters (10 ms ticks, so only
 * meaningful over a few tens of milliseconds). The calling thread is busy meanwhile, so it counts as busy: the
 * answer is how many extra threads would find a free core rather than compete with other processes.
 */
export function idleCoresDuring<T>(work: () => T): { result: T; idleCores: number } {
  const idleBefore = idleTime();
  const started = performance.now();
  const result = work();
  const elapsed = performance.now() - started;
  const idleCores = elapsed > 0 ? Math.max(0, (idleTime() - idleBefore) / elapsed) : 0;
  return { result, idleCores };
}

function idleTime(): number {
  return os.cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
}
