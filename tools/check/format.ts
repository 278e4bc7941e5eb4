import type { CaseCheck, Finding } from './check';

/** `path:line:column: warning: why`: the shape compilers print and editors' problem matchers read. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`;
}

function verdictLine(result: CaseCheck): string {
  switch (result.verdict) {
    case 'runnable':
      return `${result.file}: runnable (${result.steps} ${result.steps === 1 ? 'step' : 'steps'})`;
    case 'unbound':
      return `${result.file}: not runnable: ${result.unbound} of ${result.steps} lines unbound`;
    case 'manual':
      return `${result.file}: manual (its environments are not a web browser); ${result.unbound} of ${result.steps} lines unbound`;
    case 'no-steps':
      return `${result.file}: no steps to automate yet`;
    case 'invalid':
      return `${result.file}: not a valid case (npm run generate says the same)`;
  }
}

/** Per case its verdict, then the lines that will not run; last, the summary line. */
export function formatCheck(results: readonly CaseCheck[]): string {
  const out: string[] = [];
  for (const result of results) {
    out.push(verdictLine(result));
    out.push(...result.findings.map(formatFinding));
  }
  out.push(summaryLine(results));
  return out.join('\n');
}

export function summaryLine(results: readonly CaseCheck[]): string {
  const count = (verdict: CaseCheck['verdict']) => results.filter((r) => r.verdict === verdict).length;
  const others = [
    [count('manual'), 'manual'],
    [count('no-steps'), 'without steps'],
    [count('invalid'), 'invalid'],
  ]
    .filter(([n]) => n)
    .map(([n, what]) => `${n} ${what}`);
  const extra = others.length ? ` (and ${others.join(', ')})` : '';
  return `${results.length} cases: ${count('runnable')} runnable, ${count('unbound')} with unbound lines${extra}`;
}

/** --strict: anything that will not run fails the command. */
export function strictFailure(results: readonly CaseCheck[]): boolean {
  return results.some((result) => result.findings.length > 0);
}
