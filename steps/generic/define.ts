import type { IDefineStepOptions } from '@cucumber/cucumber/lib/support_code_library_builder/types';
import type { CasebookWorld } from '../../support/world';

/**
 * A step's code: the regex's capture groups in order (null when an optional group did not match; a body
 * declares a group as `string` when the group is not optional).
 */
export type StepBody<Captures extends (string | null)[]> = (
  this: CasebookWorld,
  ...captures: Captures
) => Promise<void>;

/**
 * Number of capture groups of a step pattern (they must not nest: Cucumber passes only the outer ones): every
 * `(` that is not escaped, not inside a character class and not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` (a named
 * `(?<name>` counts). Read from the source rather than by running the pattern, because compiling the library's
 * large patterns a first time costs every cucumber process ~25 ms at start-up.
 */
export function captureCount(pattern: RegExp): number {
  const source = pattern.source;
  let count = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' && opensCapture(source, index)) count++;
  }
  return count;
}

function opensCapture(source: string, open: number): boolean {
  if (source[open + 1] !== '?') return true;
  return source[open + 2] === '<' && source[open + 3] !== '=' && source[open + 3] !== '!';
}

/** Property of a registered step function holding the body it runs. */
export const STEP_BODY = 'casebookStepBody';

/**
 * The arguments for Cucumber's `defineStep` (called in the step file itself, so that Cucumber records that file
 * and line as the step's location): `defineStep(...definition(pattern, body))`. Every library step is built
 * here, for two reasons:
 *
 * - Cucumber fixes a step function's arity: a step with a DocString or DataTable needs one more parameter.
 *   Generated features attach test data and notes to steps that usually come without, so the registered
 *   function takes one more parameter than there are captures. Without a DocString Cucumber then passes its
 *   callback in that place, and the function answers through it; with one, the function returns a promise.
 *   Steps read the DocString or table from `this.step.argument`.
 * - A failing step's error ends with the markdown line it came from: "(from cases/…/MM-T418.md:47)".
 */
export function definition<Captures extends (string | null)[]>(
  pattern: RegExp,
  body: StepBody<Captures>,
  options: IDefineStepOptions = {},
): [RegExp, IDefineStepOptions, (...args: unknown[]) => unknown] {
  const captures = captureCount(pattern);
  const run = function (this: CasebookWorld, ...args: unknown[]) {
    const invocation = body.apply(this, args.slice(0, captures) as Captures).catch((error) => {
      throw withSource(error, this.step.source);
    });
    const callback = args[captures];
    if (typeof callback !== 'function') return invocation;
    invocation.then(
      () => callback(),
      (error) => callback(error),
    );
    return undefined;
  };
  Object.defineProperty(run, 'length', { value: captures + 1 });
  // The phrasebook (tools/phrasebook) names a step's parameters from the body's own parameter list.
  Object.defineProperty(run, STEP_BODY, { value: body });
  return [pattern, options, run];
}

/**
 * The error with the markdown line added, as a new error: the same error object can fail many steps (once the
 * browser is gone, Playwright rejects every call with one shared error), and adding to it would make each failure
 * carry the lines of all the earlier ones.
 */
export function withSource(error: unknown, source: string | undefined): unknown {
  if (!source || !(error instanceof Error) || error.message.endsWith(`(from ${source})`)) return error;
  const message = `${error.message}\n(from ${source})`;
  const located = new Error(message, { cause: error });
  located.name = error.name;
  // The original stack's frames, under the new message (the first lines of a stack repeat the message).
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  located.stack = [`${error.name}: ${message}`, ...frames].join('\n');
  return located;
}
