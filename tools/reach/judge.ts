import type { CaseResult, StepResult } from './messages';
import type { Twin } from './twins';

export type TwinVerdict =
  /** The twin failed at a line it changed: the original's pass is real. */
  | 'proven'
  /** A quote or negation twin passed its changed lines: the step cannot tell true from false. */
  | 'silent pass'
  /** A negation twin whose negated sentence binds to no step. */
  | 'not negatable'
  /** A quote twin whose altered text binds to no step, while the original's step is a phrase family. */
  | 'unbound when altered'
  /** An absence twin that still passes (listed; may be right for an expectation that holds anyway). */
  | 'passes without its actions'
  /** The twin failed before any line it changed (something else went wrong: nothing is proven either way). */
  | 'inconclusive';

export interface JudgedTwin {
  kind: Twin['kind'];
  id: string;
  verdict: TwinVerdict;
  description: string;
  /** The changed (or first failing) line: its text and markdown file:line. */
  line?: { text: string; markdown?: string };
  /** The step definition that let a falsified line pass (file:line). */
  definition?: string;
  message?: string;
  /** Judged on a second run: the first stopped before any line it changed. */
  retried?: boolean;
}

/**
 * What a twin's run says about the original's pass. `original` is the passing run of the unchanged case (same
 * feature lines for quote and negation twins), used to name the definition a quote twin no longer binds to.
 */
export function judgeTwin(twin: Twin, result: CaseResult | undefined, original?: CaseResult): JudgedTwin {
  const base = { kind: twin.kind, id: twin.id, description: twin.description };
  if (!result)
    return { ...base, verdict: 'inconclusive', message: 'cucumber reported no result for this twin' };
  const changed = new Set(twin.changedLines);
  const firstChanged = Math.min(...twin.changedLines);
  const stop = result.steps.find((s) => s.status !== 'PASSED');
  const changedSteps = result.steps.filter((s) => changed.has(s.featureLine));
  if (!stop) {
    if (twin.kind === 'absence')
      return { ...base, verdict: 'passes without its actions', ...at(changedSteps[0]) };
    return {
      ...base,
      verdict: 'silent pass',
      ...at(changedSteps[0]),
      definition: definitionsOf(changedSteps),
    };
  }
  if (stop.status === 'AMBIGUOUS') {
    const message = 'the changed line binds to more than one step definition';
    return { ...base, verdict: 'inconclusive', ...at(stop), definition: stop.definition, message };
  }
  if (stop.hook || stop.featureLine < firstChanged) {
    return { ...base, verdict: 'inconclusive', ...at(stop), message: stop.message?.split('\n')[0] };
  }
  if (!changed.has(stop.featureLine)) {
    // Every changed line before the stop passed while false; an absence twin's expectation held without actions.
    const passedChanged = changedSteps.filter((s) => s.status === 'PASSED');
    if (twin.kind === 'absence')
      return { ...base, verdict: 'passes without its actions', ...at(passedChanged[0]) };
    return {
      ...base,
      verdict: 'silent pass',
      ...at(passedChanged[0]),
      definition: definitionsOf(passedChanged),
    };
  }
  if (stop.status === 'UNDEFINED') {
    if (twin.kind === 'negation') return { ...base, verdict: 'not negatable', ...at(stop) };
    if (twin.kind === 'quote') return judgeUnboundQuote(base, stop, original);
  }
  return { ...base, verdict: 'proven', ...at(stop), message: stop.message?.split('\n')[0] };
}

/**
 * A quote twin that no longer binds: fine when the original line's step is a family that simply does not know
 * the altered word (a closed vocabulary), a silent pass when the step's own pattern spells the quoted text out (a
 * step written for one sentence hides whether it checks anything).
 */
function judgeUnboundQuote(
  base: Pick<JudgedTwin, 'kind' | 'id' | 'description'>,
  stop: StepResult,
  original: CaseResult | undefined,
): JudgedTwin {
  const before = original?.steps.find((s) => s.featureLine === stop.featureLine);
  const quoted = [...(before?.text ?? '').matchAll(/"([^"]+)"|“([^”]+)”|`([^`]+)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  const spelled = before?.pattern && quoted.some((q) => before.pattern!.includes(q));
  if (spelled) return { ...base, verdict: 'silent pass', ...at(stop), definition: before?.definition };
  return { ...base, verdict: 'unbound when altered', ...at(stop), definition: before?.definition };
}

function at(step: StepResult | undefined): Pick<JudgedTwin, 'line'> {
  return step ? { line: { text: step.text, markdown: step.markdown } } : {};
}

function definitionsOf(steps: StepResult[]): string | undefined {
  const found = [...new Set(steps.map((s) => s.definition).filter(Boolean))];
  return found.length ? found.join(', ') : undefined;
}
