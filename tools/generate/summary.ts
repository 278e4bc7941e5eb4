import type { InputProblem } from '../case';
import type { GenerateReport } from './run';

/** `file:line: message`, the shape editors and CI annotate. */
export function formatProblem(problem: InputProblem): string {
  return `${problem.file}:${problem.line}: ${problem.warning ? 'warning: ' : ''}${problem.message}`;
}

/** The closing summary: counts, priorities, what was written, time taken. */
export function formatSummary(report: GenerateReport, outDir: string): string {
  const priorities = Object.entries(report.byPriority)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([priority, count]) => `${priority} ${count}`)
    .join(' · ');
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    `casebook generate: ${plural(report.cases, 'case')} → ${plural(report.scenarios, 'scenario')}, ` +
      `${plural(report.steps, 'step')} in ${outDir}`,
    `  ${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed; ` +
      `${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}`,
    `  by priority: ${priorities || 'none'}`,
    `  took ${(report.durationMs / 1000).toFixed(2)} s`,
  ].join('\n');
}

/**
 * Progress on stderr: a self-updating line on a terminal (every 50 cases), a line per 1000 cases otherwise. Counts
 * may jump (threads report whole batches), so a line is due when a step boundary is crossed.
 */
export function progressReporter(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  const tty = stream.isTTY === true;
  const step = tty ? 50 : 1000;
  let lastStep = tty ? -1 : 0;
  return (done, total) => {
    if (!tty && total <= 500) return;
    const reached = done === total ? Number.POSITIVE_INFINITY : Math.floor(done / step);
    if (reached <= lastStep) return;
    lastStep = reached;
    stream.write(
      tty ? `\rgenerating ${done}/${total}${done === total ? '\n' : ''}` : `generating ${done}/${total}\n`,
    );
  };
}
