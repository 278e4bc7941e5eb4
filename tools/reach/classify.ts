import type { CaseResult, StepResult } from './messages';

export type Outcome = 'passed' | 'failed' | 'undefined' | 'pending' | 'manual' | 'no-steps';

export type Cause =
  | 'no element matched a label'
  | 'assertion did not hold'
  | 'timeout'
  | 'sandbox answered 404/501'
  | 'step threw'
  | 'ambiguous step';

export interface Classified {
  outcome: Outcome;
  cause?: Cause;
  /** The first unbound, pending or failing step. */
  step?: StepResult;
}

/** A dry run binds lines only: a case is undefined at its first unbound line, or ready to run in the browser. */
export function classifyDryRun(result: CaseResult): Classified | 'bound' {
  const step = result.steps.find((s) => !s.hook && (s.status === 'UNDEFINED' || s.status === 'AMBIGUOUS'));
  if (!step) return 'bound';
  if (step.status === 'AMBIGUOUS') return { outcome: 'failed', cause: 'ambiguous step', step };
  return { outcome: 'undefined', step };
}

/** A browser run: passed, pending, or failed with the cause its first failing step (or hook) gives. */
export function classifyRun(result: CaseResult): Classified {
  const step = result.steps.find((s) => s.status !== 'PASSED');
  if (!step) return { outcome: 'passed' };
  switch (step.status) {
    case 'PENDING':
      return { outcome: 'pending', step };
    case 'UNDEFINED':
      return { outcome: 'undefined', step };
    case 'AMBIGUOUS':
      return { outcome: 'failed', cause: 'ambiguous step', step };
    case 'SKIPPED':
      // Only skipped steps after a failure are normal; a scenario skipped as a whole ran nothing.
      return { outcome: 'failed', cause: 'step threw', step };
    default:
      return { outcome: 'failed', cause: causeOf(step), step };
  }
}

const LABEL_NOT_FOUND = /LabelNotFoundError|No visible \w+ matching/;
const TIMEOUT = /\bTimeout \d+ ?ms exceeded|timed out|function timed out/i;
const NOT_SERVED =
  /\b(?:answered|status(?: code)?:?|HTTP)\s*(?:404|501)\b|\b(?:404|501) (?:Not Found|Not Implemented)\b/i;
const ASSERTION = /AssertionError|^\s*expected\b|\bexpect\(/im;

/** The category of a failure, from its message, then from the kind of line that failed. */
export function causeOf(step: Pick<StepResult, 'message' | 'expected'>): Cause {
  const message = step.message ?? '';
  if (LABEL_NOT_FOUND.test(message)) return 'no element matched a label';
  if (NOT_SERVED.test(message)) return 'sandbox answered 404/501';
  if (TIMEOUT.test(message)) return 'timeout';
  if (ASSERTION.test(message) || step.expected) return 'assertion did not hold';
  return 'step threw';
}
