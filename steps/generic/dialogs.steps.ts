import { defineStep } from '@cucumber/cucumber';
import { observationAt } from '../../support/observations';
import type { CasebookWorld } from '../../support/world';
import { definition } from './define';
import { LABEL, sentence, unquote } from './phrase';
import { squash } from './similarity';

function dialogOpenAfter(world: CasebookWorld, name: string, step: number): boolean {
  const seen = observationAt(world.observations, step, world.step.position?.block);
  if (!seen) throw new Error(`step ${step} did not run in this scenario`);
  return seen.dialogs.some((dialog) => squash(dialog) === squash(name));
}

/** "Account settings modal opens in step 1, then closes in step 2." (what the tab showed after those steps) */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?(${LABEL})\s+(?:modal|dialog|window)\s+opens\s+in\s+step\s+(\d+),?\s+(?:and\s+)?(?:then\s+)?closes\s+in\s+step\s+(\d+)`,
    ),
    async function (this: CasebookWorld, name: string, opened: string, closed: string) {
      const label = unquote(name);
      if (!dialogOpenAfter(this, label, Number(opened)))
        throw new Error(`the ${label} dialog was not open after step ${opened}`);
      if (dialogOpenAfter(this, label, Number(closed)))
        throw new Error(`the ${label} dialog was still open after step ${closed}`);
    },
  ),
);

// "Modal closes", "The “Edit message” modal is dismissed" are read by the assertion grammar (steps/generic/assert/),
// which first makes sure such a dialog was open after an earlier step.
