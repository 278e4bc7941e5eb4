import fs from 'node:fs';
import path from 'node:path';
import type { Cause, Outcome } from './classify';

/** One line of reports/reach/summary.json. */
export interface CaseRecord {
  key: string;
  /** Relative to the corpus root. */
  path: string;
  outcome: Outcome;
  cause?: Cause;
  /** The first unbound, pending or failing line: its text and the markdown file:line it came from. */
  line?: { text: string; markdown?: string };
  /** First line of the failure message. */
  message?: string;
  /** The step definition that failed (file:line). */
  definition?: string;
  webCore: boolean;
  notWebCore?: string;
}

export interface Summary {
  corpus: string;
  startedAt: string;
  durationMs: number;
  /** How long each phase took (load + convert, dry run, browser run, twins). */
  phasesMs: Record<string, number>;
  totals: Record<string, number>;
  webCore: Record<string, number>;
  cases: CaseRecord[];
  twins?: unknown;
}

export const OUTCOMES: Outcome[] = ['passed', 'failed', 'pending', 'undefined', 'manual', 'no-steps'];

export function countOutcomes(records: readonly CaseRecord[]): Record<string, number> {
  const counts: Record<string, number> = { cases: records.length };
  for (const outcome of OUTCOMES) counts[outcome] = 0;
  for (const record of records) counts[record.outcome]++;
  return counts;
}

export function writeSummary(file: string, summary: Summary): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 1)}\n`);
}

/** A line's wording without its particulars: quoted texts, numbers and case keys become placeholders. */
export function phrasingOf(text: string): string {
  const bare = text
    .replace(/[*_]+/g, '')
    .replace(/"[^"]*"|“[^”]*”|`[^`]*`|'[^']{2,}'/g, '"…"')
    .replace(/\bMM-T\d+\b/g, 'MM-TN')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return bare.length > 80 ? `${bare.slice(0, 79)}…` : bare;
}

/** The one screen `npm run reach` prints. */
export function formatScreen(summary: Summary): string {
  const { cases, webCore, totals } = summary;
  const out: string[] = [];
  const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');
  out.push(
    `web core: ${webCore.passed} of ${webCore.cases} cases pass (${pct(webCore.passed, webCore.cases)}); ` +
      `${webCore.failed} fail, ${webCore.pending} pending, ${webCore.undefined} undefined, ` +
      `${webCore.manual} manual, ${webCore['no-steps']} without steps`,
  );
  out.push(
    `all cases: ${totals.cases} — ${OUTCOMES.map((o) => `${o} ${totals[o]}`).join(' · ')}` +
      ` (took ${(summary.durationMs / 1000).toFixed(1)} s: ${Object.entries(summary.phasesMs)
        .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')})`,
  );
  out.push('', folderTable(cases));
  out.push('', 'most frequent failure causes:');
  out.push(...top(cases.filter((c) => c.outcome === 'failed').map(failureKey), 20));
  out.push('', 'most frequent first unbound phrasings (web core):');
  const unbound = cases.filter((c) => c.webCore && c.outcome === 'undefined' && c.line);
  out.push(
    ...top(
      unbound.map((c) => phrasingOf(c.line!.text)),
      20,
    ),
  );
  return out.join('\n');
}

function failureKey(record: CaseRecord): string {
  const message = (record.message ?? '').replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
  return `${record.cause}: ${message.slice(0, 90)}`;
}

function top(keys: string[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([key, n]) => `  ${String(n).padStart(5)}  ${key}`);
}

/**
 * Top-level folders, each followed by its second-level folders where a case ran in the browser (all of them are
 * in summary.json): cases, web core, then web-core outcomes.
 */
function folderTable(cases: readonly CaseRecord[]): string {
  const groups = new Map<string, CaseRecord[]>();
  for (const record of cases) {
    const parts = record.path.split('/');
    const keys = [parts[0]];
    if (parts.length > 2) keys.push(`${parts[0]}/${parts[1]}`);
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const header = `${'folder'.padEnd(44)} cases  web  pass  fail  pend undef manual`;
  const rows = [header];
  const tops = [...groups.keys()].filter((k) => !k.includes('/')).sort();
  for (const topFolder of tops) {
    rows.push(folderRow(topFolder, groups.get(topFolder)!));
    const subs = [...groups.keys()].filter((k) => k.startsWith(`${topFolder}/`)).sort();
    for (const sub of subs) {
      const records = groups.get(sub)!;
      if (records.some((r) => r.outcome === 'passed' || r.outcome === 'failed' || r.outcome === 'pending')) {
        rows.push(folderRow(`  ${sub.slice(topFolder.length + 1)}`, records));
      }
    }
  }
  return rows.join('\n');
}

function folderRow(label: string, records: CaseRecord[]): string {
  const web = records.filter((r) => r.webCore);
  const n = (outcome: Outcome | Outcome[]) =>
    web.filter((r) => (Array.isArray(outcome) ? outcome : [outcome]).includes(r.outcome)).length;
  const cells = [
    records.length,
    web.length,
    n('passed'),
    n('failed'),
    n('pending'),
    n('undefined'),
    n(['manual', 'no-steps']),
  ];
  return `${label.slice(0, 44).padEnd(44)}${cells.map((c, i) => String(c).padStart(i === 0 ? 6 : i === 6 ? 7 : 5)).join(' ')}`;
}
