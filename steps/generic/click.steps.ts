import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { clickLabel, setChecked } from './actions';
import { definition } from './define';
import { BARE, KIND, LABEL, LABEL_BEFORE_KIND, QUOTED, sentence } from './phrase';

/** Where the element is, as testers point at it: "to the right of “Desktop Notifications”", "in the LHS". */
const NEAR = String.raw`(?:\s+(?:to\s+the\s+(?:right|left)\s+of|next\s+to|beside|near|below|above|under)\s+(?:the\s+)?(${QUOTED}|${BARE}))?`;
const AREA = String.raw`(?:\s+(?:in|on)\s+(?:the\s+)?(LHS|RHS|left[\s-]hand\s+side|right[\s-]hand\s+side|left\s+sidebar|right\s+sidebar|sidebar|channel\s+header|global\s+header|header|center\s+channel|center|centre|dialog\s+box|modal\s+window|modal|dialog|pop-?up))?`;

/**
 * "Hit Cancel", "Hit "Save"" (a click); "Hit enter", "Hit the up arrow" stay key presses, and "Hit the X button"
 * is the press/hit step's.
 */
const HIT = String.raw`hit(?![^]*\s${KIND}\s*[.!]?\s*$)(?!\s+(?:the\s+)?["“'\x60]?(?:enter|return|tab|backspace|delete|escape|esc|space|up|down|left|right|arrow|following|keys?|ctrl|cmd|shift)\b)`;

/**
 * click/tap/select/choose/hit a label: "Click **Save**", "Tap the “Log In” button", "Select 'Never'",
 * "Click on the hamburger menu to the right of the team name in the LHS".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:click|tap|select|choose|${HIT})(?:\s+on)?\s+(?:the\s+|a\s+|an\s+)?(${LABEL_BEFORE_KIND})(?:\s+(${KIND}))?${NEAR}${AREA}`,
    ),
    async function (
      this: CasebookWorld,
      label: string,
      kind: string | null,
      near: string | null,
      area: string | null,
    ) {
      await clickLabel(this, label, kind, { near, area });
    },
  ),
);

/** press/hit/push only a label followed by an element word ("Press `Save` button"): "Press Enter" is a key. */
defineStep(
  ...definition(
    sentence(String.raw`(?:press|hit|push)(?:\s+on)?\s+(?:the\s+)?(${LABEL})\s+(${KIND})`),
    async function (this: CasebookWorld, label: string, kind: string | null) {
      await clickLabel(this, label, kind);
    },
  ),
);

/**
 * "Check the “Remember me” checkbox", "Uncheck **Notify me** box": only with an element word. "Clear" is about a
 * checkbox only when the line says checkbox or toggle: "Clear the search box" empties a field (type.steps.ts).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(check|tick|uncheck|untick|deselect|clear(?=\s.*\b(?:checkbox|check box|toggle)\b))\s+(?:the\s+)?(${LABEL})\s+(?:checkbox|check box|box|toggle)`,
    ),
    async function (this: CasebookWorld, verb: string, label: string) {
      await setChecked(this, label, !/^(un|de|clear)/i.test(verb));
    },
  ),
);

/** "Save", "Cancel", "Submit" on their own: press that button (in the open dialog first). */
defineStep(
  ...definition(
    sentence(
      String.raw`(save|cancel|submit|confirm|done|ok|apply)(?:\s+(?:the\s+)?(?:changes|settings|form|dialog))?`,
    ),
    async function (this: CasebookWorld, button: string) {
      await clickLabel(this, button, 'button');
    },
  ),
);
