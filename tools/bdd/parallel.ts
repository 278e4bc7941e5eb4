/**
 * How many cucumber workers a run asks for (`--parallel N` or `--parallel=N` among cucumber-js arguments; 1
 * without it). The launcher starts one sandbox per worker. A value cucumber would refuse is left to cucumber to
 * name, so the sandbox count falls back to 1 for it.
 */
export function parallelOf(args: readonly string[]): number {
  const at = args.findIndex((arg) => arg === '--parallel' || arg.startsWith('--parallel='));
  if (at < 0) return 1;
  const value = args[at].includes('=') ? args[at].slice('--parallel='.length) : args[at + 1];
  const workers = Number(value);
  return Number.isInteger(workers) && workers > 1 ? workers : 1;
}
