import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { sendEphemeralCommand, shownStatus, statusNamed } from './mattermost/status/status';
import './mattermost/status/vocabulary';

const COMMAND = String.raw`\x60(/(?:away|online|offline|dnd))\x60`;

/**
 * "Post `/away` or `/online` to create an ephemeral message", "Change your status to offline by posting
 * `/offline`": the (first) status command sent from the message box; its ephemeral answer shows (the status is put back after the scenario: user-state.ts).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:post|send|type\s+and\s+post)\s+${COMMAND}(?:\s+or\s+\x60/\w+\x60)*\s+to\s+(?:create|get|see|make)\s+an?\s+ephemeral\s+(?:message|post)|change\s+your\s+status\s+to\s+(?:away|online|offline|do\s+not\s+disturb|dnd)\s+by\s+posting\s+${COMMAND})`,
    ),
    async function (this: CasebookWorld, first: string | null, second: string | null) {
      await sendEphemeralCommand(this, await this.appPage(), (first ?? second) as string);
    },
  ),
);

/**
 * "Indicator on your profile picture should be yellow (or the away color specified by your theme) indicating user
 * is away.", "On step 1, indicator should be grey indicating user is offline.": the status the avatar of the
 * account menu shows (its description, as a screen reader reads it) is that one, and the colour named is its.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:on\s+step\s+\d+,\s+)?(?:the\s+)?(?:status\s+)?indicator(?:\s+on\s+(?:your|the)\s+profile\s+(?:picture|pic|image))?\s+(should\s+be|is|should\s+not\s+be|is\s+not)\s+(\w+)(?:\s+\([^)]*\))?\s+indicating\s+(?:the\s+)?(?:user|you)\s+(?:is|are)\s+(away|online|offline|do\s+not\s+disturb|dnd)`,
      ),
      async function (this: CasebookWorld, verb: string, colour: string, statusWords: string) {
        const wanted = statusNamed(statusWords);
        if (!wanted.colour.test(colour))
          throw new Error(`the line calls the ${wanted.value} indicator "${colour}": that is not its colour`);
        const negated = /not/i.test(verb);
        const page = await this.appPage();
        const deadline = Date.now() + this.timeouts.expectMs;
        let shown = await shownStatus(page);
        while ((shown?.value === wanted.value) === negated && Date.now() < deadline) {
          await page.waitForTimeout(200);
          shown = await shownStatus(page);
        }
        if ((shown?.value === wanted.value) === negated) {
          throw new Error(
            `expected the avatar's status ${negated ? 'not ' : ''}to be ${wanted.described}; it shows ${shown ? shown.described : 'no status'}`,
          );
        }
      },
    ),
  ),
);
