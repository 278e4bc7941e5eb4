import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { definition } from './define';
import { BARE, LABEL, PATH, PATH_SEPARATOR, QUOTED, sentence, splitPath, unquote } from './phrase';
import { followPath } from './routes';

const OPEN = String.raw`(?:go\s+to|navigate\s+to|open|visit|click(?:\s+on)?|select|choose|tap(?:\s+on)?)`;
const OPENER = String.raw`(?:menu|icon|button|dropdown|drop-down)`;
const THEN = String.raw`,?\s+(?:and\s+then|and|then)\s+(?:select|choose|click(?:\s+on)?|tap(?:\s+on)?|go\s+to|open)`;

/**
 * "Go to Profile ➜ Security ➜ Password", "From Main Menu > Account Settings > Notifications". Not a line about
 * a post's "[...]" menu ("In center channel, click [...] > Delete"): that menu belongs to a post, not a label.
 */
const POST_DOT_MENU = String.raw`(?!.*\[\s*(?:\.\.\.|…)\s*\])`;
/** "In a separate browser, as system admin, remove … (Main menu ➜ …)": where someone else acts, not a path. */
const NOT_ANOTHER_BROWSER = String.raw`(?!in\s+(?:a|another)\s+(?:separate|different|second)\s+browser\b)`;
/** "Click on a user from the list in User Management ➜ Users": one of a list's entries, not a path to follow. */
const NOT_A_PICK_FROM_A_LIST = String.raw`(?!(?:click(?:\s+on)?|select|choose)\s+(?:a|an|any)\s+\w+\s+from\s+the\s+list\b)`;
defineStep(
  ...definition(
    sentence(
      String.raw`${POST_DOT_MENU}${NOT_ANOTHER_BROWSER}${NOT_A_PICK_FROM_A_LIST}(?:${OPEN}|from|in|via)\s+(?:the\s+)?(${PATH})`,
    ),
    async function (this: CasebookWorld, path: string) {
      await followPath(this, splitPath(path));
    },
  ),
);

/** "Click the hamburger menu and select Account Settings > Security", "Select “Account Settings” then “Security”". */
defineStep(
  ...definition(
    sentence(
      String.raw`${OPEN}\s+(?:the\s+|a\s+)?(${LABEL})(?:\s+${OPENER})?${THEN}\s+(?:the\s+)?(${PATH}|${QUOTED}|${BARE})`,
    ),
    async function (this: CasebookWorld, first: string, rest: string) {
      await followPath(this, [unquote(first), ...splitPath(rest)]);
    },
  ),
);

/**
 * "Open the Account Settings modal", "Go to the login page", "Go to Off-Topic". Only definite places: "open a
 * channel" is not a label, and stays for a domain step (or undefined).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?!.*${PATH_SEPARATOR})(?:go\s+to|navigate\s+to|open|visit)\s+(?!(?:a|an|any|another|some|one)\s)(?:the\s+)?(${LABEL})(?:\s+(?:modal|dialog|menu|page|screen|window|panel|view))?`,
    ),
    async function (this: CasebookWorld, place: string) {
      await followPath(this, [unquote(place)]);
    },
  ),
);
