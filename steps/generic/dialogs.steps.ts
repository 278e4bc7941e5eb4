import { defineStep } from '@cucumber/cucumber';
import { observationAt, openDialogNames } from '../../support/observations';
import type { CasebookWorld } from '../../support/world';
import { definition } from './define';
import { LABEL, QUOTED, sentence, unquote } from './phrase';
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

/** "Modal closes", "The “Edit message” modal is dismissed": no such dialog is open any more. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?(?:(${QUOTED})\s+)?(?:modal|dialog|pop-?up)\s+(?:closes|is\s+closed|is\s+dismissed|disappears|goes\s+away)`,
    ),
    async function (this: CasebookWorld, name: string | null) {
      const page = await this.appPage();
      const deadline = Date.now() + this.timeouts.expectMs;
      const label = name ? unquote(name) : undefined;
      const open = async () =>
        (await openDialogNames(page)).filter((dialog) => !label || squash(dialog) === squash(label));
      while ((await open()).length) {
        if (Date.now() > deadline) throw new Error(`still open: ${(await open()).join(', ')}`);
        await page.waitForTimeout(100);
      }
    },
  ),
);
