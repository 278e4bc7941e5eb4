import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { find } from './actions';
import { definition } from './define';
import { expectTextHidden, expectTextShown } from './expect';
import { KIND, LONG_NAMED, QUOTED, sentence, unquote } from './phrase';

const VERIFY = String.raw`(?:(?:verify|check|confirm|ensure|observe|make\s+sure|assert)(?:\s+that)?\s+)?`;
const SHOWN = String.raw`(?:displayed|shown|visible|present|showing|displaying|appears?|appearing|displays|shows)`;
const WHAT = String.raw`(?:\s+(?:text|message|label|heading|title|${KIND}))?`;
/** The old app's quoted "(edited)" names the posts area's Edited indicator, not a text: that area checks it. */
const NOT_EDITED = String.raw`(?![\x60"“'‘]\(?edited\)?[\x60"”'’])`;
/** A quoted text, or an unquoted name of two words or more that an element word or "text"/"label" closes. */
const SHOWN_NAME = String.raw`(?:${NOT_EDITED}${QUOTED}|${LONG_NAMED}(?=\s+(?:${KIND}|text|label)\b))`;

async function checkShown(world: CasebookWorld, raw: string, kind: string | null, negated: boolean) {
  const page = await world.appPage();
  const text = unquote(raw);
  if (kind) {
    if (negated) return expectTextHidden(page, text, world.timeouts.expectMs);
    await find(world, raw, kind);
    return;
  }
  if (negated) await expectTextHidden(page, text, world.timeouts.expectMs);
  else await expectTextShown(page, text, world.timeouts.expectMs);
}

/** "Verify “Saved” is displayed", "The **Log In** button is not shown", "“Welcome” message appears". */
defineStep(
  ...definition(
    sentence(
      String.raw`${VERIFY}(?:the\s+)?(${SHOWN_NAME})(?:\s+(${KIND}))?${WHAT}\s+(?:is\s+|are\s+|should\s+be\s+|gets\s+)?(not\s+|no\s+longer\s+)?${SHOWN}(?:\s+on\s+(?:the\s+)?(?:page|screen))?`,
    ),
    async function (this: CasebookWorld, raw: string, kind: string | null, negated: string | null) {
      await checkShown(this, raw, kind, Boolean(negated));
    },
  ),
);

/** "You should see “Saved”", "Verify you can see the “Edit” button", "User does not see “Log In”". */
defineStep(
  ...definition(
    sentence(
      String.raw`${VERIFY}(?:you|the\s+user|user)?\s*(?:should\s+|can\s+|will\s+)?(not\s+|does\s+not\s+|doesn't\s+|don't\s+|do\s+not\s+|cannot\s+|can't\s+)?(?:see|sees)\s+(?:the\s+|a\s+|an\s+)?(${QUOTED})(?:\s+(${KIND}))?${WHAT}`,
    ),
    async function (this: CasebookWorld, negated: string | null, raw: string, kind: string | null) {
      await checkShown(this, raw, kind, Boolean(negated));
    },
  ),
);

/** "Should show correct error message of “Please enter your password”", "Error message “X” is displayed". */
defineStep(
  ...definition(
    sentence(
      String.raw`${VERIFY}(?:it\s+|the\s+page\s+)?(?:should\s+)?(?:show|shows|display|displays)\s+(?:the\s+|a\s+|an\s+)?(?:correct\s+)?(?:error\s+)?(?:message|text|warning)\s+(?:of\s+|saying\s+|reading\s+)?(${QUOTED})`,
    ),
    async function (this: CasebookWorld, raw: string) {
      await expectTextShown(await this.appPage(), unquote(raw), this.timeouts.expectMs);
    },
  ),
);

/** "Error message "Please enter your current password."" (an expected line without a verb). */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:an?\s+|the\s+)?error\s+message(?:\s+(?:of|saying|reading|is))?:?\s+(${QUOTED})(?:\s+(?:is\s+)?(?:shown|displayed|appears))?`,
    ),
    async function (this: CasebookWorld, raw: string) {
      await expectTextShown(await this.appPage(), unquote(raw), this.timeouts.expectMs);
    },
  ),
);
