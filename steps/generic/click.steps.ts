import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { clickLabel, setChecked } from './actions';
import { KIND, LABEL, sentence } from './phrase';

/** click/tap/select/choose a label: "Click **Save**", "Tap the “Log In” button", "Select 'Never'". */
defineStep(
  sentence(
    String.raw`(?:click|tap|select|choose)(?:\s+on)?\s+(?:the\s+|a\s+|an\s+)?(${LABEL})(?:\s+(${KIND}))?`,
  ),
  async function (this: CasebookWorld, label: string, kind: string | null) {
    await clickLabel(this, label, kind);
  },
);

/** press/hit/push only a label followed by an element word ("Press `Save` button"): "Press Enter" is a key. */
defineStep(
  sentence(String.raw`(?:press|hit|push)(?:\s+on)?\s+(?:the\s+)?(${LABEL})\s+(${KIND})`),
  async function (this: CasebookWorld, label: string, kind: string | null) {
    await clickLabel(this, label, kind);
  },
);

/** "Check the “Remember me” checkbox", "Uncheck **Notify me** box": only with an element word. */
defineStep(
  sentence(
    String.raw`(check|tick|uncheck|untick|deselect|clear)\s+(?:the\s+)?(${LABEL})\s+(?:checkbox|check box|box|toggle)`,
  ),
  async function (this: CasebookWorld, verb: string, label: string) {
    await setChecked(this, label, !/^(un|de|clear)/i.test(verb));
  },
);
