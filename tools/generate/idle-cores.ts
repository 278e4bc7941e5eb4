import os from 'node:os';

/**
 * How many cores sit idle from the probe's creation on, from the kernel's per-core idle counters (10 ms ticks,
 * so only meaningful over a few tens of milliseconds). The calling thread is busy meanwhile, so it counts as
 * busy: the answer is how many extra threads would find a free core rather than compete with other processes.
 */
export class IdleCoresProbe {
  private readonly idleBefore = idleTime();
  private readonly started = performance.now();

  /** How long the probe has been watching, in ms. */
  get elapsedMs(): number {
    return performance.now() - this.started;
  }

  idleCores(): number {
    const elapsed = this.elapsedMs;
    return elapsed > 0 ? Math.max(0, (idleTime() - this.idleBefore) / elapsed) : 0;
  }
}

function idleTime(): number {
  return os.cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
}
