import type { CallStep, CaseModel, InputProblem, StepSection } from '../case';
import { inlineStepEntries } from './inline-step';
import { comment, type Entry } from './plan';

export interface ExpandContext {
  /** Finds a called case among the input cases. */
  resolve: (key: string) => CaseModel | undefined;
  /** Receives the case's own related-ticket lines (not those of called cases). */
  related?: (text: string) => void;
  problems: InputProblem[];
}

interface Frame {
  file: string;
  /** Keys being expanded, outermost first: a key already here is a call cycle. */
  chain: readonly string[];
  /** Prefix of Step numbers inside a called case ("2." when Step 2 calls it). */
  prefix: string;
  related?: (text: string) => void;
}

/** The scenario's entries for a list of Step sections, expanding `**Step N from MM-TX**` calls inline. */
export function expandSteps(
  sections: readonly StepSection[],
  file: string,
  key: string,
  ctx: ExpandContext,
): Entry[] {
  return expand(sections, { file, chain: [key], prefix: '', related: ctx.related }, ctx);
}

function expand(sections: readonly StepSection[], frame: Frame, ctx: ExpandContext): Entry[] {
  // Pushed into one array: no array per section to flatten afterwards.
  const entries: Entry[] = [];
  for (const section of sections) {
    const number = frame.prefix + section.number;
    if (section.type === 'inline') {
      entries.push(comment(`Step ${number}`));
      append(entries, inlineStepEntries(section, frame.file, frame.related));
    } else append(entries, expandCall(section, number, frame, ctx));
  }
  return entries;
}

/** `target.push(...items)` without the spread: a section of ~150,000 lines would overflow the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Prefers the called case from the input; else the copy of its steps under the call header. */
function expandCall(call: CallStep, number: string, frame: Frame, ctx: ExpandContext): Entry[] {
  const label = `Step ${number} from ${call.calleeKey}: ${call.calleeName}`;
  const chain = [...frame.chain, call.calleeKey];
  const callee = ctx.resolve(call.calleeKey);
  const cycle = frame.chain.includes(call.calleeKey);
  if (callee && !cycle) {
    const inner = { file: callee.file, chain, prefix: `${number}.` };
    const entries = [comment(`${label} (from ${callee.file})`)];
    append(entries, expand(callee.steps, inner, ctx));
    return entries;
  }
  const where = { file: frame.file, line: call.line };
  if (call.copy.length === 0) {
    const reason = cycle ? 'calls itself (cycle)' : 'is not among the input cases';
    ctx.problems.push({
      ...where,
      message: `called case ${call.calleeKey} ${reason} and the call has no copy of its steps`,
    });
    return [comment(`${label} (${cycle ? 'call cycle' : 'not found'}: nothing to expand)`)];
  }
  if (!callee && !cycle) {
    const message = `called case ${call.calleeKey} is not among the input cases: used the copy of its steps in this file`;
    ctx.problems.push({ ...where, message, warning: true });
  }
  // Copies number their steps in the file they sit in ("2.1"), so they keep the enclosing prefix.
  const inner = { file: frame.file, chain, prefix: frame.prefix };
  const why = cycle ? 'call cycle' : 'not in the input';
  const entries = [comment(`${label} (${why}: from the copy under this call)`)];
  append(entries, expand(call.copy, inner, ctx));
  return entries;
}
