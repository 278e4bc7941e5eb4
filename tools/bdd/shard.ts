import path from 'node:path';

export interface Shard {
  index: number;
  total: number;
}

/** The `--shard INDEX/TOTAL` (or `--shard=INDEX/TOTAL`) among cucumber-js arguments; cucumber checks the value. */
export function shardOf(args: readonly string[]): Shard | undefined {
  const at = args.findIndex((arg) => arg === '--shard' || arg.startsWith('--shard='));
  if (at < 0) return undefined;
  const value = args[at].includes('=') ? args[at].slice('--shard='.length) : args[at + 1];
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '');
  if (!match) throw new Error(`--shard needs INDEX/TOTAL (e.g. --shard 1/4), got "${value ?? ''}"`);
  const [index, total] = [Number(match[1]), Number(match[2])];
  if (index < 1 || index > total) throw new Error(`--shard ${value}: INDEX must be between 1 and TOTAL`);
  return { index, total };
}

/**
 * Where a run writes its results: the reports folder, or for a shard a folder of its own inside it
 * (`reports/shard-2-of-4/`), so shards run on one machine or downloaded from CI never overwrite each other and
 * `npm run report`, which reads every result file under `reports/`, merges them.
 */
export function resultsDirOf(reportsDir: string, shard: Shard | undefined): string {
  return shard ? path.join(reportsDir, `shard-${shard.index}-of-${shard.total}`) : reportsDir;
}
