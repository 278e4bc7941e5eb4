import {
  After,
  AfterAll,
  AfterStep,
  Before,
  BeforeStep,
  Status,
  setDefaultTimeout,
  setDefinitionFunctionWrapper,
} from '@cucumber/cucumber';
import { closeWorkerBrowser } from './browser';
import { attachFailureEvidence, describeFailedStep } from './evidence';
import { markdownSourceOf } from './source-location';
import { type StepPosition, stepPositions } from './step-positions';
import { STEP_TIMEOUT_MS } from './timeouts';
import type { CasebookWorld } from './world';

setDefaultTimeout(STEP_TIMEOUT_MS);

const positionsOf = new WeakMap<CasebookWorld, Map<string, StepPosition>>();

Before(function (this: CasebookWorld, { gherkinDocument, pickle }) {
  positionsOf.set(this, stepPositions(gherkinDocument, pickle));
  this.step = { text: '' };
  this.gherkinDocument = gherkinDocument;
});

BeforeStep(function (this: CasebookWorld, { pickleStep }) {
  const position = positionsOf.get(this)?.get(pickleStep.id);
  const source =
    position && this.gherkinDocument
      ? markdownSourceOf(this.gherkinDocument, position.featureLine)
      : undefined;
  this.step = { text: pickleStep.text, position, source, running: true };
});

AfterStep(function (this: CasebookWorld, { result }) {
  this.step.running = false;
  if (this.step.position) this.sessions.noteUse(this.step.position);
  if (result.status === Status.FAILED) this.failedStep = describeFailedStep(this);
});

After(async function (this: CasebookWorld, { result }) {
  try {
    if (result?.status === Status.FAILED) await attachFailureEvidence(this, this.failedStep);
  } finally {
    await this.sessions.closeAll();
  }
});

AfterAll(async () => {
  await closeWorkerBrowser();
});

/** A failing step's error names the markdown line the step came from. */
setDefinitionFunctionWrapper((code: (...args: unknown[]) => unknown) => {
  return async function (this: CasebookWorld, ...args: unknown[]) {
    try {
      return await code.apply(this, args);
    } catch (error) {
      throw withSource(error, this?.step);
    }
  };
});

function withSource(error: unknown, step: CasebookWorld['step'] | undefined): unknown {
  if (!step?.running || !step.source || !(error instanceof Error)) return error;
  if (!error.message.includes(step.source)) error.message += `\n(from ${step.source})`;
  return error;
}
