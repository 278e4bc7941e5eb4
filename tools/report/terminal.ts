// The one-screen summary printed after a run and by `npm run report`.
import path from 'node:path';
import type { Counts, GroupCounts, RunSummary } from './summary';

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;

function statusLine(counts: Counts): string {
  const parts = [`${counts.passed} passed`, `${counts.failed} failed`];
  if (counts.undefined) parts.push(`${counts.undefined} undefined`);
  if (counts.pending) parts.push(`${counts.pending} pending`);
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  if (counts.flaky) parts.push(`${counts.flaky} flaky (passed on retry)`);
  return `${counts.cases} case${counts.cases === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

const COLUMNS = ['cases', 'passed', 'failed', 'undef', 'pending', 'skipped', 'flaky', 'automated steps'];

function row(name: string, counts: Counts): string {
  const cells = [
    counts.cases,
    counts.passed,
    counts.failed,
    counts.undefined,
    counts.pending,
    counts.skipped,
    counts.flaky,
  ];
  const automated = `${counts.automatedSteps}/${counts.steps} (${percent(counts.automatedSteps, counts.steps)})`;
  return `  ${name.padEnd(12)}${cells.map((cell) => String(cell).padStart(8)).join('')}  ${automated}`;
}

function table(title: string, groups: GroupCounts[]): string[] {
  const header = `  ${title.padEnd(12)}${COLUMNS.slice(0, -1)
    .map((column) => column.padStart(8))
    .join('')}  ${COLUMNS.at(-1)}`;
  return [header, ...groups.slice(0, 8).map((group) => row(group.name, group))];
}

/** Relative to the working directory when the file is inside it. */
function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

export function formatSummary(summary: RunSummary, cwd = process.cwd()): string {
  const lines = [`casebook report — ${statusLine(summary.total)}`];
  lines.push(...table('priority', summary.byPLevel), row('all', summary.total));
  if (summary.byPriority.length > 1) lines.push(...table('label', summary.byPriority));
  lines.push(`  report:   ${shown(summary.indexPath, cwd)}`);
  lines.push(`  overview: ${shown(summary.overviewPath, cwd)} (by priority and folder)`);
  const warnings = summary.warnings.slice(0, 5).map((warning) => `  warning: ${warning}`);
  if (summary.warnings.length > 5) warnings.push(`  … and ${summary.warnings.length - 5} more warnings`);
  return [...lines, ...warnings].join('\n');
}

export function printSummary(summary: RunSummary, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`${formatSummary(summary)}\n`);
}
