import {
  After,
  AfterAll,
  AfterStep,
  Before,
  BeforeAll,
  BeforeStep,
  Status,
  setDefaultTimeout,
} from '@cucumber/cucumber';
import type { PickleStep } from '@cucumber/messages';
import { closeWorkerBrowserAfterRun } from './browser';
import { attachFailureEvidence, describeFailedStep } from './evidence';
import { receiveHandoff } from './launcher-handoff';
import { openDialogNames, visiblePageText } from './observations';
import { markdownSourceOf } from './source-location';
import { type StepPosition, stepPositions } from './step-positions';
import { STEP_TIMEOUT_MS } from './timeouts';
import type { CasebookWorld } from './world';

setDefaultTimeout(STEP_TIMEOUT_MS);

// Under `npm run bdd` the sandbox and the browser start while cucumber loads; wait for them here.
BeforeAll(() => receiveHandoff());

const positionsOf = new WeakMap<CasebookWorld, Map<string, StepPosition>>();
// Cucumber retries a scenario at once in the same process, and tells hooks nothing about the attempt: count them.
const attemptsOf = new Map<string, number>();

Before(function (this: CasebookWorld, { gherkinDocument, pickle }) {
  this.attempt = attemptsOf.get(pickle.id) ?? 0;
  attemptsOf.set(pickle.id, this.attempt + 1);
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
  this.step = { text: pickleStep.text, position, source, argument: stepArgument(pickleStep) };
});

AfterStep(async function (this: CasebookWorld, { result }) {
  const position = this.step.position;
  if (position) this.sessions.noteUse(position);
  if (result.status === Status.FAILED) this.failedStep = describeFailedStep(this);
  const page = this.sessions.currentOrUndefined?.page;
  if (position?.isAction && page)
    this.observations.push({
      position,
      dialogs: await openDialogNames(page),
      text: await visiblePageText(page),
    });
});

After(async function (this: CasebookWorld, { result }) {
  try {
    if (result?.status === Status.FAILED) await attachFailureEvidence(this, this.failedStep);
    await this.runCleanups();
  } finally {
    await this.sessions.closeAll();
  }
});

AfterAll(async () => {
  await closeWorkerBrowserAfterRun();
});

/** A step's DocString content, or its DataTable rows. */
function stepArgument(pickleStep: PickleStep): string | string[][] | undefined {
  const argument = pickleStep.argument;
  if (argument?.docString) return argument.docString.content;
  return argument?.dataTable?.rows.map((row) => row.cells.map((cell) => cell.value));
}
