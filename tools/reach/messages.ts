import fs from 'node:fs';
import readline from 'node:readline';
import type * as messages from '@cucumber/messages';
import { Query } from '@cucumber/query';
import { sourceLocationOf } from '../generate/index';

/** One step of a test case as cucumber ran it (hooks included, as "Before"/"After" steps without text). */
export interface StepResult {
  /** Step text, or "Before hook" / "After hook". */
  text: string;
  hook: boolean;
  /** An expected-result line (a Then, or an And/But after one): cucumber's pickle step type "Outcome". */
  expected: boolean;
  /** Line of the step in the feature file (0 for hooks). */
  featureLine: number;
  /** Markdown file:line the step came from (undefined for hooks or features without a source map). */
  markdown?: string;
  status: string;
  message?: string;
  /** Where the matching step definition is written ("steps/generic/see.steps.ts:42"). */
  definition?: string;
  /** The matching step definition's pattern (its source text). */
  pattern?: string;
}

export interface CaseResult {
  /** Feature file path as cucumber saw it. */
  uri: string;
  name: string;
  tags: string[];
  steps: StepResult[];
}

/**
 * Reads cucumber's message stream (`--format message:FILE`) into one result per test case, in run order (the
 * attempt that was not retried). @cucumber/query, which the report's reader uses too, resolves the references
 * between pickles, test steps, results and step definitions.
 */
export async function readResults(file: string): Promise<CaseResult[]> {
  if (!fs.existsSync(file)) return [];
  const query = new Query();
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line) query.update(JSON.parse(line) as messages.Envelope);
  return query.findAllTestCaseStarted().flatMap((started) => {
    const testCase = query.findTestCaseBy(started);
    const pickle = query.findPickleBy(started);
    return testCase && pickle ? [toCaseResult(query, started, testCase, pickle)] : [];
  });
}

function toCaseResult(
  query: Query,
  started: messages.TestCaseStarted,
  testCase: messages.TestCase,
  pickle: messages.Pickle,
): CaseResult {
  const document = query.findLineageBy(pickle)?.gherkinDocument;
  const results = new Map(
    query
      .findTestStepFinishedAndTestStepBy(started)
      .map(([finished, step]) => [step.id, finished.testStepResult]),
  );
  const steps = testCase.testSteps.map((testStep): StepResult => {
    const result = results.get(testStep.id);
    const status = result?.status ?? 'UNKNOWN';
    const message = result?.message || result?.exception?.message;
    if (testStep.hookId) {
      return { text: 'hook', hook: true, expected: false, featureLine: 0, status, message };
    }
    const pickleStep = query.findPickleStepBy(testStep);
    const featureLine = (pickleStep && query.findStepBy(pickleStep)?.location.line) ?? 0;
    const where = document && featureLine ? sourceLocationOf(document, featureLine) : undefined;
    const definitions = query.findStepDefinitionsBy(testStep).filter((found) => found !== undefined);
    return {
      text: pickleStep?.text ?? '',
      hook: false,
      expected: pickleStep?.type === 'Outcome',
      featureLine,
      markdown: where ? `${where.file}:${where.line}` : undefined,
      status,
      message,
      definition: definitions.length ? definitions.map(whereDefined).join(', ') : undefined,
      pattern: definitions.length === 1 ? definitions[0].pattern.source : undefined,
    };
  });
  return { uri: pickle.uri, name: pickle.name, tags: pickle.tags.map((t) => t.name), steps };
}

/** "steps/generic/see.steps.ts:42". */
function whereDefined(definition: messages.StepDefinition): string {
  return `${definition.sourceReference.uri}:${definition.sourceReference.location?.line ?? '?'}`;
}
