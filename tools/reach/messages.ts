import fs from 'node:fs';
import readline from 'node:readline';
import type * as messages from '@cucumber/messages';
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

interface Collected {
  documents: Map<string, messages.GherkinDocument>;
  pickles: Map<string, messages.Pickle>;
  definitions: Map<string, { where: string; pattern: string }>;
  hooks: Set<string>;
  testCases: Map<string, messages.TestCase>;
  /** testCaseStarted id → testCase id; only the last attempt of each test case is kept. */
  started: Map<string, string>;
  lastAttempt: Map<string, string>;
  stepResults: Map<string, Map<string, messages.TestStepResult>>;
}

/** Reads cucumber's message stream (`--format message:FILE`) into one result per test case, in run order. */
export async function readResults(file: string): Promise<CaseResult[]> {
  const collected: Collected = {
    documents: new Map(),
    pickles: new Map(),
    definitions: new Map(),
    hooks: new Set(),
    testCases: new Map(),
    started: new Map(),
    lastAttempt: new Map(),
    stepResults: new Map(),
  };
  if (!fs.existsSync(file)) return [];
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line) collect(collected, JSON.parse(line) as messages.Envelope);
  return [...collected.lastAttempt.entries()].map(([testCaseId, startedId]) =>
    toCaseResult(collected, collected.testCases.get(testCaseId)!, collected.stepResults.get(startedId)),
  );
}

function collect(c: Collected, envelope: messages.Envelope): void {
  if (envelope.gherkinDocument?.uri) c.documents.set(envelope.gherkinDocument.uri, envelope.gherkinDocument);
  else if (envelope.pickle) c.pickles.set(envelope.pickle.id, envelope.pickle);
  else if (envelope.stepDefinition) {
    const { id, sourceReference, pattern } = envelope.stepDefinition;
    const where = `${sourceReference.uri}:${sourceReference.location?.line ?? '?'}`;
    c.definitions.set(id, { where, pattern: pattern.source });
  } else if (envelope.hook) c.hooks.add(envelope.hook.id);
  else if (envelope.testCase) c.testCases.set(envelope.testCase.id, envelope.testCase);
  else if (envelope.testCaseStarted) {
    const { id, testCaseId } = envelope.testCaseStarted;
    c.started.set(id, testCaseId);
    c.lastAttempt.set(testCaseId, id);
    c.stepResults.set(id, new Map());
  } else if (envelope.testStepFinished) {
    const { testCaseStartedId, testStepId, testStepResult } = envelope.testStepFinished;
    c.stepResults.get(testCaseStartedId)?.set(testStepId, testStepResult);
  }
}

function toCaseResult(
  c: Collected,
  testCase: messages.TestCase,
  results: Map<string, messages.TestStepResult> | undefined,
): CaseResult {
  const pickle = c.pickles.get(testCase.pickleId)!;
  const document = c.documents.get(pickle.uri);
  const astLines = document ? stepLinesOf(document) : new Map<string, number>();
  const steps = testCase.testSteps.map((testStep): StepResult => {
    const result = results?.get(testStep.id);
    const status = result?.status ?? 'UNKNOWN';
    const message = result?.message || result?.exception?.message;
    if (testStep.hookId) {
      return { text: 'hook', hook: true, expected: false, featureLine: 0, status, message };
    }
    const pickleStep = pickle.steps.find((s) => s.id === testStep.pickleStepId);
    const featureLine = astLines.get(pickleStep?.astNodeIds[0] ?? '') ?? 0;
    const where = document && featureLine ? sourceLocationOf(document, featureLine) : undefined;
    const ids = testStep.stepDefinitionIds ?? [];
    return {
      text: pickleStep?.text ?? '',
      hook: false,
      expected: pickleStep?.type === 'Outcome',
      featureLine,
      markdown: where ? `${where.file}:${where.line}` : undefined,
      status,
      message,
      definition: ids.length ? ids.map((id) => c.definitions.get(id)?.where ?? id).join(', ') : undefined,
      pattern: ids.length === 1 ? c.definitions.get(ids[0])?.pattern : undefined,
    };
  });
  return { uri: pickle.uri, name: pickle.name, tags: pickle.tags.map((t) => t.name), steps };
}

/** Gherkin step id → its line in the feature. */
function stepLinesOf(document: messages.GherkinDocument): Map<string, number> {
  const lines = new Map<string, number>();
  for (const child of document.feature?.children ?? []) {
    const containers = [child, ...(child.rule?.children ?? [])];
    for (const inner of containers) {
      for (const step of inner.background?.steps ?? []) lines.set(step.id, step.location.line);
      for (const step of inner.scenario?.steps ?? []) lines.set(step.id, step.location.line);
    }
  }
  return lines;
}
