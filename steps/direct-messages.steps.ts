import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { placeNamed } from './generic/assert';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import './mattermost/direct-messages/vocabulary';
import { expectDirectChannelWithThatUser, openMembersPanel } from './mattermost/direct-messages/direct';
import { freshUser } from './mattermost/direct-messages/fresh-user';
import { openDirectConversation } from './mattermost/direct-messages/open-direct';
import { openPinnedList } from './mattermost/direct-messages/pinned';
import { expectKeysToggledDialog, pressAgainAndExpectClosed } from './mattermost/direct-messages/press-again';
import { pickUserInSwitcher } from './mattermost/direct-messages/switcher-users';

/**
 * "Click the member icon at the top of a channel", "User A click the member icon drop-down at the top of the
 * channel so you can see …": the header's members button, which opens the Members panel (older Mattermost: a
 * drop-down of the members; the purpose clause after "so" is for the expected lines).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:user\s+[ab12]\s+)?clicks?(?:\s+on)?\s+the\s+members?\s+icon(?:\s+drop-?down)?\s+(?:at\s+the\s+top\s+of|in\s+the\s+header\s+of)\s+(?:a|the)\s+channel(?:\s+so\s+(?:that\s+)?you\s+can\s+see\s+.+)?`,
    ),
    async function (this: CasebookWorld) {
      await openMembersPanel(await this.appPage(), this.timeouts.actionMs);
    },
  ),
);

/**
 * "DM channel opens with that user", "Direct message channel with the user opens", "DM channel opens with other
 * user's name as the channel title": the open channel is a DM (its URL `/messages/@name`, its header the name)
 * with the user the case picked.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:a\s+|the\s+)?(?:DM|direct\s+message)\s+channel\s+(?:with\s+(?:that|the|this)\s+user\s+)?opens(?:\s+with\s+(?:that|the|this)\s+user)?(?:\s+with\s+(?:the\s+)?other\s+user's\s+name\s+as\s+the\s+channel\s+title)?`,
      ),
      async function (this: CasebookWorld) {
        await expectDirectChannelWithThatUser(this, await this.appPage());
      },
    ),
  ),
);

/**
 * "Type `@` followed by the first couple characters of a username, and select the username", "Type the username
 * from step 1 and select the username": in the channel switcher (opened if it is not), the user a previous line
 * picked, or else the other test user.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`type\s+(?:(?:\x60|")?(@)(?:\x60|")?\s+followed\s+by\s+)?the\s+(first\s+(?:couple(?:\s+of)?|few|two|three)\s+characters\s+of\s+(?:a|the)\s+)?username(?:\s+from\s+step\s+\d+)?,?\s+and\s+select\s+(?:the|that)\s+(?:username|user)`,
    ),
    async function (this: CasebookWorld, at: string | null, prefixOnly: string | null) {
      await pickUserInSwitcher(this, { at: Boolean(at), prefixOnly: Boolean(prefixOnly) });
    },
  ),
);

const DM_MODAL = String.raw`(?:DM\s+More\.*(?:\s+list)?|(?:more\s+)?direct\s+messages)\s+(?:modal|dialog)`;

/**
 * "DM More... list modal opens", "The Direct Messages modal closes", "Opens Direct Messages modal (the same as
 * clicking on DM +)": the dialog that starts a DM or GM.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(?:the\s+)?(${DM_MODAL})\s+(opens|is\s+(?:shown|open|displayed)|closes|is\s+(?:closed|not\s+shown|not\s+open)|does\s+not\s+(?:open|close|show))|opens\s+(?:the\s+)?(${DM_MODAL}))`,
      ),
      async function (
        this: CasebookWorld,
        subject: string | null,
        verb: string | null,
        object: string | null,
      ) {
        const name = subject ?? object ?? '';
        const place = placeNamed(name);
        if (!place) throw new Error(`"${name}" is not a registered place`);
        const dialog = place.locate(await this.appPage(), undefined, this);
        const closed = /closes|closed|not\s+(?:shown|open|show)/i.test(verb ?? '');
        const wantOpen = /does\s+not\s+close/i.test(verb ?? '') || !closed;
        await dialog
          .first()
          .waitFor({ state: wantOpen ? 'visible' : 'hidden', timeout: this.timeouts.expectMs });
      },
    ),
  ),
);

const OPEN_VERB = String.raw`(opens|does\s+not\s+open|doesn't\s+open)`;
const CLOSE_VERB = String.raw`(closes|does\s+not\s+close|doesn't\s+close)`;
const IN_STEP = String.raw`(?:in|on|at|after)\s+step\s+(\d+)`;

/**
 * The keys that opened a dialog, pressed a second time, close it: "Pressing again closes modal" (the line
 * presses them again), "Account settings modal opens in step 1, then closes in step 2" (steps 1 and 2 pressed
 * them; the dialogs open before each press were remembered).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:pressing\s+(?:it\s+|them\s+|the\s+(?:shortcut|keys?)\s+)?again\s+${CLOSE_VERB}\s+(?:the\s+)?(?:modal|dialog)|(?:the\s+)?(.+?)\s+(?:modal|dialog)\s+${OPEN_VERB}\s+${IN_STEP},?\s+(?:and\s+)?then\s+${CLOSE_VERB}\s+${IN_STEP})`,
      ),
      async function (
        this: CasebookWorld,
        againVerb: string | null,
        dialog: string | null,
        openVerb: string | null,
        openStep: string | null,
        closeVerb: string | null,
        closeStep: string | null,
      ) {
        if (againVerb) return pressAgainAndExpectClosed(this, !/not/i.test(againVerb));
        await expectKeysToggledDialog(this, {
          dialog: dialog ?? '',
          openStep: Number(openStep),
          opens: !/not/i.test(openVerb ?? ''),
          closeStep: Number(closeStep),
          closes: !/not/i.test(closeVerb ?? ''),
        });
      },
    ),
  ),
);

/**
 * "Identify a user who doesn't belong to the same team", "Find a user who is not on any team": a user of the
 * scenario's own on no team (made through the REST API); later lines mean them by "the user", "that user".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:identify|find|pick|choose|locate)\s+(?:a|an|another)\s+user\s+(?:who|that)\s+(?:doesn't|does\s+not|isn't|is\s+not)\s+(?:belong\s+to|on|in|a\s+member\s+of)\s+(?:the\s+same|your|this|the\s+current|any)\s+team`,
    ),
    async function (this: CasebookWorld) {
      const user = await freshUser(this);
      this.remember('user', { label: user.username, id: user.id, details: { team: 'none' } });
    },
  ),
);

/**
 * "View a DM channel", "Open a DM channel", "View a direct message channel that has no pinned posts", "Open a GM
 * channel": a conversation of the scenario's own, opened (see open-direct.ts).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:view|open|go\s+to)\s+(?:a|an)\s+(?:(DM|direct\s+message)|(GM|group\s+message))(?:\s+channel)?(?:\s+that\s+has\s+no\s+pinned\s+(?:posts|messages))?`,
    ),
    async function (this: CasebookWorld, _direct: string | null, group: string | null) {
      await openDirectConversation(this, Boolean(group));
    },
  ),
);

/**
 * "Click the pin icon to view empty pinned post list in RHS", "Click Pinned Posts icon to open Pinned Posts RHS":
 * the header's pinned button and its RHS list.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?(?:the\s+)?pin(?:ned)?(?:\s+posts)?\s+icon\s+to\s+(?:view|display|open|see)\s+(?:the\s+|an\s+)?(empty\s+)?pinned\s+(?:post|message)s?(?:\s+list)?\s+(?:in\s+(?:the\s+)?)?RHS`,
    ),
    async function (this: CasebookWorld, empty: string | null) {
      await openPinnedList(this, Boolean(empty));
    },
  ),
);
