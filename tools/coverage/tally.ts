/** Counts of lines that bind to a step definition, for one group of cases (a folder, a priority, all). */
export interface LineCounts {
  total: number;
  bound: number;
  ambiguous: number;
}

export interface GroupCounts {
  cases: number;
  /** Cases whose every action and expected line binds. */
  fullyBound: number;
  action: LineCounts;
  expected: LineCounts;
}

export type LineKind = 'action' | 'expected';

export interface CaseLines {
  groups: string[];
  lines: { kind: LineKind; text: string; matches: number }[];
}

const emptyLines = (): LineCounts => ({ total: 0, bound: 0, ambiguous: 0 });

/** Accumulates binding counts per group and the unbound phrases. */
export class Tally {
  readonly groups = new Map<string, GroupCounts>();
  readonly unbound = new Map<string, number>();

  add(item: CaseLines): void {
    const fully = item.lines.length > 0 && item.lines.every((line) => line.matches === 1);
    for (const name of item.groups) {
      const group = this.group(name);
      group.cases += 1;
      if (fully) group.fullyBound += 1;
      for (const line of item.lines) count(group[line.kind], line.matches);
    }
    for (const line of item.lines) {
      if (line.matches !== 0) continue;
      const phrase = normalizePhrase(line.text);
      this.unbound.set(phrase, (this.unbound.get(phrase) ?? 0) + 1);
    }
  }

  group(name: string): GroupCounts {
    let group = this.groups.get(name);
    if (!group) {
      group = { cases: 0, fullyBound: 0, action: emptyLines(), expected: emptyLines() };
      this.groups.set(name, group);
    }
    return group;
  }

  /** The most frequent unbound phrases, most frequent first (ties alphabetical). */
  topUnbound(limit: number): [string, number][] {
    return [...this.unbound].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  }
}

function count(counts: LineCounts, matches: number): void {
  counts.total += 1;
  if (matches === 1) counts.bound += 1;
  if (matches > 1) counts.ambiguous += 1;
}

/**
 * A step text reduced to its phrasing, so lines that differ only in quoted labels, numbers, case or final
 * punctuation count as one phrase: `Click "Save".` and `click **Edit**` → `click "…"`.
 */
export function normalizePhrase(text: string): string {
  return text
    .replace(/"[^"]*"|“[^”]*”|\*\*[^*]+\*\*|`[^`]+`|'[^'\s][^']*'/g, '"…"')
    .toLowerCase()
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!]+$/, '')
    .trim();
}
