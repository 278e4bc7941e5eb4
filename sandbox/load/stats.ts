/** Nearest-rank percentile of a list of durations (ms). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface PhaseResult {
  name: string;
  count: number;
  errors: string[];
  wallMs: number;
  latenciesMs: number[];
}

/** One line per phase: count, errors, throughput and latency percentiles. */
export function formatPhase(result: PhaseResult): string {
  const perSecond = (result.count / result.wallMs) * 1000;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return [
    `${result.name.padEnd(7)} ${String(result.count).padStart(5)} requests`,
    `${result.errors.length} errors`,
    `${(result.wallMs / 1000).toFixed(2)} s`,
    `${perSecond.toFixed(1)}/s`,
    `p50 ${ms(percentile(result.latenciesMs, 50))}`,
    `p95 ${ms(percentile(result.latenciesMs, 95))}`,
    `max ${ms(Math.max(...result.latenciesMs))}`,
  ].join(' | ');
}

/** Runs `task` and records its latency, or its error. */
export async function timed<T>(result: PhaseResult, task: () => Promise<T>): Promise<T | undefined> {
  const start = performance.now();
  try {
    const value = await task();
    result.latenciesMs.push(performance.now() - start);
    return value;
  } catch (error) {
    result.errors.push((error as Error).message);
    return undefined;
  }
}

export function newPhase(name: string): PhaseResult {
  return { name, count: 0, errors: [], wallMs: 0, latenciesMs: [] };
}
