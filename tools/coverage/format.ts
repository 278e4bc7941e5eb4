import type { Coverage } from './coverage';
import type { GroupCounts, LineCounts } from './tally';

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const lines = (c: LineCounts) => `${c.bound}/${c.total} (${percent(c.bound, c.total)})`;

function row(name: string, g: GroupCounts): string {
  const ambiguous = g.action.ambiguous + g.expected.ambiguous;
  return [
    name.padEnd(34),
    String(g.cases).padStart(6),
    String(g.fullyBound).padStart(7),
    lines(g.action).padStart(22),
    lines(g.expected).padStart(22),
    String(ambiguous).padStart(6),
  ].join('  ');
}

function section(title: string, prefix: string, coverage: Coverage): string[] {
  const names = [...coverage.tally.groups.keys()].filter((name) => name.startsWith(prefix)).sort();
  return [title, ...names.map((name) => row(`  ${name.slice(prefix.length)}`, coverage.tally.group(name)))];
}

/** The coverage report printed by `npm run coverage`. */
export function formatCoverage(
  coverage: Coverage,
  casesDir: string,
  definitions: number,
  top: number,
): string {
  const header = ['', 'cases', 'fully', 'action lines bound', 'expected lines bound', 'ambig'];
  const widths = [34, 6, 7, 22, 22, 6];
  const out = [
    `casebook coverage — ${casesDir}: ${coverage.cases} cases (${coverage.runnable} runnable: not @manual, not @no-steps), ${definitions} step definitions`,
    '"fully" = cases whose every action and expected line binds to exactly one step definition',
    '',
    header.map((h, i) => (i === 0 ? h.padEnd(widths[i]) : h.padStart(widths[i]))).join('  '),
    row('all', coverage.tally.group('all')),
    ...section('by P-level', 'plevel:', coverage),
    ...section('by priority', 'priority:', coverage),
    ...section('by folder', 'folder:', coverage),
    '',
    `most frequent unbound phrases (quoted labels → "…", numbers → N):`,
    ...coverage.tally.topUnbound(top).map(([phrase, n]) => `${String(n).padStart(6)}  ${phrase}`),
  ];
  if (coverage.ambiguous.length) {
    out.push('', 'ambiguous lines (several step definitions match; Cucumber fails them):');
    out.push(...coverage.ambiguous.slice(0, top).map((line) => `  ${line}`));
  }
  if (coverage.singleCase.length) {
    out.push(
      '',
      `step definitions that bind lines of one case only (${coverage.singleCase.length}; a step serves a phrase family):`,
    );
    out.push(...coverage.singleCase.slice(0, top).map(({ definition, key }) => `  ${definition}  ${key}`));
  }
  if (coverage.problems)
    out.push('', `${coverage.problems} case file problem(s) left cases out: see npm run generate`);
  return out.join('\n');
}
