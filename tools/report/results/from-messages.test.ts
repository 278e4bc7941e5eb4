import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateMessages } from '@cucumber/gherkin';
import { type Envelope, IdGenerator, SourceMediaType, TestStepResultStatus } from '@cucumber/messages';
import { isFlaky } from '../model';
import { MessagesCollector } from './from-messages';

const FEATURE = `@MM-T1
Feature: MM-T1: a case
  Source: cases/a/MM-T1.md

  Scenario: a case
    Given a step with a table:
      | a | b |
    Then a step with text:
      """
      hello
      """
`;

const time = (seconds: number) => ({ seconds, nanos: 0 });
const duration = { seconds: 0, nanos: 5_000_000 };

/** Gherkin messages from the parser, then a test run written the way cucumber-js writes it. */
function run(attemptStatuses: TestStepResultStatus[][], finishLast = true): Envelope[] {
  const newId = IdGenerator.incrementing();
  const gherkin = generateMessages(
    FEATURE,
    'features/a/MM-T1.feature',
    SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN,
    {
      includeGherkinDocument: true,
      includePickles: true,
      newId,
    },
  );
  const pickle = gherkin.find((envelope) => envelope.pickle)!.pickle!;
  const testSteps = [
    { id: 'hook-before', hookId: 'h1' },
    ...pickle.steps.map((step, index) => ({
      id: `step-${index}`,
      pickleStepId: step.id,
      stepDefinitionIds: ['d'],
    })),
    { id: 'hook-after', hookId: 'h2' },
  ];
  const envelopes: Envelope[] = [
    ...gherkin,
    { testCase: { id: 'tc', pickleId: pickle.id, testSteps } } as Envelope,
  ];
  envelopes.push({ testRunStarted: { timestamp: time(100) } } as Envelope);
  attemptStatuses.forEach((statuses, attempt) => {
    const started = `attempt-${attempt}`;
    envelopes.push({
      testCaseStarted: { id: started, testCaseId: 'tc', attempt, timestamp: time(100 + attempt) },
    });
    statuses.forEach((status, index) => {
      const testStepId = testSteps[index]!.id;
      const testStepResult = { status, duration, message: status === 'FAILED' ? 'boom' : undefined };
      envelopes.push({
        testStepFinished: { testCaseStartedId: started, testStepId, testStepResult, timestamp: time(1) },
      });
    });
    const attachment = {
      testCaseStartedId: started,
      testStepId: 'hook-after',
      body: 'UEs=',
      contentEncoding: 'BASE64',
    };
    envelopes.push({
      attachment: { ...attachment, mediaType: 'application/zip', fileName: 'trace.zip' },
    } as Envelope);
    const last = attempt === attemptStatuses.length - 1;
    if (!last || finishLast) {
      envelopes.push({
        testCaseFinished: { testCaseStartedId: started, willBeRetried: !last, timestamp: time(2) },
      });
    }
  });
  return envelopes;
}

function collect(envelopes: Envelope[]) {
  const collector = new MessagesCollector();
  for (const envelope of envelopes) collector.add(envelope);
  return collector.result();
}

const { PASSED, FAILED, SKIPPED } = TestStepResultStatus;

describe('MessagesCollector', () => {
  it('keeps every attempt of a retried scenario, so failed-then-passed is flaky', () => {
    const { scenarios, finished } = collect(
      run([
        [PASSED, FAILED, SKIPPED, PASSED],
        [PASSED, PASSED, PASSED, PASSED],
      ]),
    );
    assert.equal(finished, false);
    assert.equal(scenarios.length, 1);
    const [scenario] = scenarios;
    assert.deepEqual(
      scenario!.attempts.map((attempt) => attempt.status),
      ['failed', 'passed'],
    );
    assert.equal(isFlaky(scenario!), true);
    assert.equal(scenario!.interrupted, undefined);
  });

  it('builds the last attempt with keywords, lines, arguments, hooks and named attachments', () => {
    const [scenario] = collect(run([[PASSED, PASSED, FAILED, PASSED]])).scenarios;
    assert.equal(scenario!.feature.name, 'MM-T1: a case');
    assert.deepEqual(scenario!.feature.tags, ['@MM-T1']);
    assert.deepEqual(
      scenario!.steps.map((step) => [step.hook, step.keyword, step.line, step.status]),
      [
        ['before', 'Before', undefined, 'passed'],
        [undefined, 'Given ', 6, 'passed'],
        [undefined, 'Then ', 8, 'failed'],
        ['after', 'After', undefined, 'passed'],
      ],
    );
    assert.deepEqual(scenario!.steps[1]!.table, [['a', 'b']]);
    assert.equal(scenario!.steps[2]!.docString, 'hello');
    assert.equal(scenario!.steps[2]!.error, 'boom');
    assert.equal(scenario!.steps[2]!.durationNs, 5_000_000);
    assert.deepEqual(scenario!.steps[3]!.attachments, [
      { mediaType: 'application/zip', body: 'UEs=', fileName: 'trace.zip' },
    ]);
  });

  it('reports a scenario cut short by an interrupted run, its missing steps as skipped', () => {
    const [scenario] = collect(run([[PASSED, PASSED]], false)).scenarios;
    assert.equal(scenario!.interrupted, true);
    assert.deepEqual(
      scenario!.steps.map((step) => step.status),
      ['passed', 'passed', 'skipped', 'skipped'],
    );
  });
});
