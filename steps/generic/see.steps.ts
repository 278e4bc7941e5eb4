import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { preferredOverGrammar } from './assert/defer';
import { definition } from './define';
import { expectTextShown } from './expect';
import { QUOTED, sentence, unquote } from './phrase';

const VERIFY = String.raw`(?:(?:verify|check|confirm|ensure|observe|make\s+sure|assert)(?:\s+that)?\s+)?`;

// "Verify “Saved” is displayed", "You should see “Saved”" and their negations are read by the assertion grammar
// (steps/generic/assert/). The two forms below say "error message" without the grammar's shapes.

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

/**
 * "Error message "Please enter your current password."", 'Error: "This field is required"' (an expected line
 * without a verb).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:an?\s+|the\s+)?error(?:\s+message(?:\s+(?:of|saying|reading|is))?)?:?\s+(${QUOTED})(?:\s+(?:is\s+)?(?:shown|displayed|appears))?`,
      ),
      async function (this: CasebookWorld, raw: string) {
        await expectTextShown(await this.appPage(), unquote(raw), this.timeouts.expectMs);
      },
    ),
  ),
);
