// Reads a Cucumber messages file line by line. A run that was killed leaves a half-written last line;
// every complete line is still good, so broken lines are reported and skipped, never fatal.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Envelope } from '@cucumber/messages';

// The kinds of Envelope in @cucumber/messages: a line holding none of them is not a Cucumber message.
const ENVELOPE_KINDS = new Set([
  'attachment',
  'externalAttachment',
  'gherkinDocument',
  'hook',
  'meta',
  'parameterType',
  'parseError',
  'pickle',
  'suggestion',
  'source',
  'stepDefinition',
  'testCase',
  'testCaseFinished',
  'testCaseStarted',
  'testRunFinished',
  'testRunStarted',
  'testStepFinished',
  'testStepStarted',
  'testRunHookStarted',
  'testRunHookFinished',
  'undefinedParameterType',
]);

/** A results file that holds something other than Cucumber messages: the report cannot be built from it. */
function wrongShape(file: string, line: number, what: string): Error {
  return new Error(
    `${file}:${line}: ${what}; this file must be the output of cucumber-js --format message (rerun \`npm run bdd\`, or remove the file)`,
  );
}

/** Why a parsed line is not an envelope, or undefined when it looks like one. */
function envelopeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `not a Cucumber message (a JSON ${Array.isArray(value) ? 'array' : typeof value} instead of an object)`;
  }
  const kinds = Object.keys(value);
  const kind = kinds[0];
  if (kinds.length !== 1 || !ENVELOPE_KINDS.has(kind)) {
    return `not a Cucumber message (an object with ${kinds.length === 1 ? `the field "${kind}"` : `${kinds.length} fields`}, where one of ${[...ENVELOPE_KINDS].slice(0, 4).join(', ')}… is expected)`;
  }
  const body = (value as Record<string, unknown>)[kind];
  if (typeof body !== 'object' || body === null) return `a "${kind}" message that is not an object`;
  return undefined;
}

/**
 * Every complete envelope of the file, in order. Broken JSON lines are skipped with a warning (a killed run
 * leaves half a line); a line of valid JSON that is not a Cucumber message, or that the collector cannot take
 * (a message of the wrong shape), is an error naming the file and line.
 */
export async function readEnvelopes(
  file: string,
  onEnvelope: (envelope: Envelope) => void,
  warn: (message: string) => void,
): Promise<void> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const broken: number[] = [];
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(line) as Envelope;
    } catch {
      broken.push(lineNumber);
      continue;
    }
    const problem = envelopeProblem(envelope);
    if (problem) throw wrongShape(file, lineNumber, problem);
    try {
      onEnvelope(envelope);
    } catch {
      // The collector's own TypeError would name no file; the fields it missed are those of this message.
      const kind = Object.keys(envelope)[0];
      throw wrongShape(
        file,
        lineNumber,
        `a "${kind}" message of the wrong shape (fields missing or of the wrong type)`,
      );
    }
  }
  if (broken.length === 0) return;
  const last = broken.at(-1) === lineNumber ? ' (the last line is incomplete: was the run interrupted?)' : '';
  const shown = broken.slice(0, 5).join(', ') + (broken.length > 5 ? ', …' : '');
  warn(`${file}: skipped ${broken.length} unreadable line(s): ${shown}${last}`);
}
