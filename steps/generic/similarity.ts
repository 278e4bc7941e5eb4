/** Lower-case letters and digits only: "Log Out" and "logout" compare equal. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of the squashed texts' letter pairs, in [0, 1]; containment counts as close. */
export function similarity(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return x.includes(y) || y.includes(x) ? 0.5 : 0;
  const left = bigrams(x);
  let shared = 0;
  for (const [pair, count] of bigrams(y)) shared += Math.min(count, left.get(pair) ?? 0);
  const dice = (2 * shared) / (x.length - 1 + (y.length - 1));
  const contained = x.includes(y) || y.includes(x) ? 0.6 : 0;
  return Math.max(dice, contained);
}

/** The `limit` items whose key is most similar to `target`, best first (ties keep their order). */
export function nearest<T>(target: string, items: T[], key: (item: T) => string, limit = 5): T[] {
  return items
    .map((item, index) => ({ item, index, score: similarity(target, key(item)) }))
    .sort((p, q) => q.score - p.score || p.index - q.index)
    .slice(0, limit)
    .map((scored) => scored.item);
}
