// Cucumber messages → ScenarioRun. Messages are the richer source: they keep every attempt of a retried
// scenario (the JSON formatter keeps only the last), attachment file names, and whatever finished before
// an interrupted run stopped. @cucumber/query (the library behind Cucumber's own HTML and JUnit
// formatters) resolves the cross references.
import {
  AttachmentContentEncoding,
  type Envelope,
  type Attachment as MessageAttachment,
  type TestCaseStarted,
  type TestStep,
  type TestStepFinished,
  TimeConversion,
} from '@cucumber/messages';
import { Query } from '@cucumber/query';
import type { Attachment, FeatureInfo, ScenarioRun, StepRun } from '../model';
import { toStepStatus } from '../model';

export interface MessagesRun {
  scenarios: ScenarioRun[];
  startedAtMs?: number;
  finished: boolean;
}

function toAttachment(attachment: MessageAttachment): Attachment {
  const base64 = attachment.contentEncoding === AttachmentContentEncoding.BASE64;
  return {
    mediaType: attachment.mediaType,
    body: base64 ? attachment.body : Buffer.from(attachment.body).toString('base64'),
    fileName: attachment.fileName,
  };
}

export class MessagesCollector {
  private readonly query = new Query();
  private readonly attemptsByTestCase = new Map<string, TestCaseStarted[]>();
  private readonly finishedAttempts = new Set<string>();

  add(envelope: Envelope): void {
    this.query.update(envelope);
    const started = envelope.testCaseStarted;
    if (started) {
      const attempts = this.attemptsByTestCase.get(started.testCaseId) ?? [];
      attempts.push(started);
      this.attemptsByTestCase.set(started.testCaseId, attempts);
    }
    if (envelope.testCaseFinished) this.finishedAttempts.add(envelope.testCaseFinished.testCaseStartedId);
  }

  result(): MessagesRun {
    const runStarted = this.query.findTestRunStarted();
    return {
      // By attempt number: parallel workers interleave their messages.
      scenarios: [...this.attemptsByTestCase.values()].flatMap((attempts) =>
        this.scenarioOf([...attempts].sort((a, b) => a.attempt - b.attempt)),
      ),
      startedAtMs: runStarted && TimeConversion.timestampToMillisecondsSinceEpoch(runStarted.timestamp),
      finished: this.query.findTestRunFinished() !== undefined,
    };
  }

  private scenarioOf(attempts: TestCaseStarted[]): ScenarioRun[] {
    const last = attempts.at(-1)!;
    // A damaged line in the middle of the file can lose the test case; skip what cannot be resolved.
    if (!this.query.findTestCaseBy(last)) return [];
    const pickle = this.query.findPickleBy(last);
    const lineage = pickle && this.query.findLineageBy(pickle);
    if (!pickle || !lineage?.feature || !lineage.scenario) return [];
    const { feature, scenario } = lineage;
    const featureInfo: FeatureInfo = {
      uri: pickle.uri,
      keyword: feature.keyword,
      name: feature.name,
      description: feature.description,
      line: feature.location.line,
      tags: feature.tags.map((tag) => tag.name),
    };
    return [
      {
        feature: featureInfo,
        keyword: scenario.keyword,
        name: pickle.name,
        description: scenario.description,
        line: this.query.findLocationOf(pickle)?.line ?? scenario.location.line,
        tags: pickle.tags.map((tag) => tag.name),
        steps: this.stepsOf(last),
        attempts: attempts.map((attempt) => ({
          status: toStepStatus(this.query.findMostSevereTestStepResultBy(attempt)?.status),
          startedAtMs: TimeConversion.timestampToMillisecondsSinceEpoch(attempt.timestamp),
        })),
        interrupted: !this.finishedAttempts.has(last.id) || undefined,
      },
    ];
  }

  private stepsOf(attempt: TestCaseStarted): StepRun[] {
    const testCase = this.query.findTestCaseBy(attempt);
    const finished = new Map(
      this.query.findTestStepsFinishedBy(attempt).map((step) => [step.testStepId, step]),
    );
    let afterSteps = false;
    return (testCase?.testSteps ?? []).map((testStep) => {
      const step = this.stepOf(testStep, finished.get(testStep.id));
      afterSteps ||= !step.hook;
      return step.hook
        ? { ...step, hook: afterSteps ? 'after' : 'before', keyword: afterSteps ? 'After' : 'Before' }
        : step;
    });
  }

  private stepOf(testStep: TestStep, finished: TestStepFinished | undefined): StepRun {
    const result = finished?.testStepResult;
    const status = toStepStatus(result?.status);
    const common = {
      status,
      durationNs: result ? TimeConversion.durationToMilliseconds(result.duration) * 1e6 : 0,
      error: status === 'failed' || status === 'ambiguous' ? result?.message : undefined,
      attachments: finished ? this.query.findAttachmentsBy(finished).map(toAttachment) : [],
    };
    const pickleStep = this.query.findPickleStepBy(testStep);
    if (!pickleStep) return { ...common, keyword: '', text: '', hook: 'before' };
    const gherkinStep = this.query.findStepBy(pickleStep);
    return {
      ...common,
      keyword: gherkinStep?.keyword ?? '',
      text: pickleStep.text,
      line: gherkinStep?.location.line,
      docString: pickleStep.argument?.docString?.content,
      table: pickleStep.argument?.dataTable?.rows.map((row) => row.cells.map((cell) => cell.value)),
    };
  }
}
