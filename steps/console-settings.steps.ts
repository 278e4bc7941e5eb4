import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { asAdmin, changeSetting } from './mattermost/console/changes';
import { assertNames, checkGreyedOutByEnabler, sectionOnScreen } from './mattermost/console/locks';
import { changeAllAndCheckPersist, checkLastChangePersists } from './mattermost/console/persist';
import { labelPattern, settingLabeled } from './mattermost/console/table';

/** How the corpus says settings grey out with their "Enable …" setting, in either order of false and true. */
const GREYED_OUT = String.raw`(?:grey\s+out\s+and\s+become\s+uneditable\s+when\s+false,?\s+and\s+(?:be\s+)?editable\s+when\s+true|(?:be\s+)?editable\s+when\s+(?:the\s+)?top\s+setting\s+is\s+true,?\s+and\s+uneditable\s+when\s+false)`;

/**
 * "All Rate limit settings should grey out and become uneditable when false, and be editable when true",
 * "Set `Enable Elasticsearch Indexing` to true; settings are editable when top setting is true, and uneditable
 * when false": on the page on screen, flipping its "Enable …" setting greys the settings it governs out and back.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:set\s+(${QUOTED}|${labelPattern()})\s+to\s+true\s*;\s+)?(?:all\s+(?:the\s+)?)?(?:(.+?)\s+)?settings\s+(?:should\s+|are\s+)?(not\s+)?${GREYED_OUT}`,
      ),
      async function (this: CasebookWorld, enabler: string | null, words: string | null, not: string | null) {
        if (enabler) {
          await asAdmin(this);
          const found = settingLabeled(unquote(enabler));
          if (!found) throw new Error(`no System Console setting is labelled "${unquote(enabler)}"`);
          await changeSetting(this, found.section, found.setting, 'true');
        }
        const { section } = await sectionOnScreen(this);
        assertNames(section, words);
        await checkGreyedOutByEnabler(this, Boolean(not));
      },
    ),
  ),
);

/**
 * "Setting persists" (the setting changed last), "Can change settings, save, refresh, settings persist" (every
 * setting of the page on screen): after the page is loaded again the console shows the saved values and the
 * server's config has them.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(can(?:\s*not|'t)?)\s+change\s+(?:the\s+)?settings?,\s*save,\s*refresh,\s*(?:and\s+)?)?(?:the\s+)?settings?\s+(?:(do(?:es)?\s+not|do(?:es)?n't)\s+)?persists?`,
      ),
      async function (this: CasebookWorld, can: string | null, not: string | null) {
        if (can) {
          await changeAllAndCheckPersist(this, /not|n't/i.test(can) || Boolean(not));
          return;
        }
        await checkLastChangePersists(this, Boolean(not));
      },
    ),
  ),
);
