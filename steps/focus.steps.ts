import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';

const TAB = String.raw`(?:(?:server|browser|app)\s+)?(?:tab|window)`;
const OTHER_TAB = String.raw`(?:a|another|an\s+other)\s+(?:different\s+|new\s+|separate\s+)?${TAB}`;

async function focusAnotherTab(world: CasebookWorld) {
  const session = await world.session();
  await session.openTab();
}

/**
 * "Move the focus to a different server tab (desktop app) or browser tab", "Focus on another window": opens
 * another tab in the same session; the original tab then reports itself hidden and unfocused, as a background
 * tab does.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:move|switch|change|shift)\s+(?:the\s+)?focus\s+(?:away\s+)?(?:to|onto)|focus\s+on)\s+${OTHER_TAB}(?:\s*\([^)]*\))?(?:\s+or\s+(?:to\s+)?(?:a\s+|another\s+)?(?:different\s+)?${TAB})?`,
    ),
    async function (this: CasebookWorld) {
      await focusAnotherTab(this);
    },
  ),
);

/** "Open a new browser tab", "Switch to another tab". */
defineStep(
  ...definition(
    sentence(String.raw`(?:open|switch\s+to|go\s+to)\s+${OTHER_TAB}`),
    async function (this: CasebookWorld) {
      await focusAnotherTab(this);
    },
  ),
);

/**
 * "View the original app/browser tab (can also click the desktop notification to view)", "Click back on MM":
 * back to the first tab of the original session, visible and focused again.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:view|go\s+back\s+to|return\s+to|switch\s+back\s+to|come\s+back\s+to|bring\s+back|focus)\s+(?:the\s+)?original\s+(?:session\s+)?(?:app\s*/\s*browser|app|browser)?\s*(?:tab|window)?|click\s+back\s+on\s+(?:MM|mattermost))`,
    ),
    async function (this: CasebookWorld) {
      const original = await this.sessions.switchTo('original', this.step.position);
      await original.focusTab(original.firstTab);
    },
  ),
);
