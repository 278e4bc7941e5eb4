import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { apiGet } from './mattermost/api';
import { typedInto } from './mattermost/profile';
import { openProfilePopover, profilePopover, type Whose } from './mattermost/profile-popover';

const NAME_ON_POST = String.raw`(?:user\s*name|name|profile\s+pic(?:ture)?|avatar|profile\s+image)(?:\s+on\s+(?:a|the|your|their)\s+post)?`;

/**
 * "Post a message, and click on your username to view the profile popover", "Click another username on a post to
 * open profile popover", "Open the profile popover for the user's post": the author's name in a post's header.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(post\s+a\s+message),?\s+(?:and\s+)?(?:then\s+)?)?(?:click\s+(?:on\s+)?(your(?:\s+own)?|another|the\s+other\s+user's)\s+${NAME_ON_POST}\s+to\s+(?:view|open|see|show)|(?:open|view))\s+(?:the\s+)?profile\s+popover(?:\s+(?:for|of)\s+the\s+(user's|other\s+user's|your)\s+post)?`,
    ),
    async function (
      this: CasebookWorld,
      postFirst: string | null,
      clicked: string | null,
      of: string | null,
    ) {
      const words = clicked ?? of ?? 'your';
      const whose: Whose = /^your/i.test(words) ? 'own' : 'other';
      await openProfilePopover(this, whose, Boolean(postFirst));
    },
  ),
);

/**
 * "Click "Edit Profile" link at bottom of your own profile popover.", 'Click on the link "Core Committer" in the
 * popover' (the popover just opened from a name): that control (a button or a link) of the profile popover. A bare
 * "the popover" names the one open; with nothing open it is no profile popover's.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?(?:the\s+)?(?:(?:link|button|option)\s+)?(${QUOTED})\s*(?:link|button|option)?\s+(?:at\s+(?:the\s+)?bottom\s+of|in|on|from)\s+(your\s+own|your|the\s+other\s+user's|another\s+user's|his|her|their|the)\s+(profile\s+)?popover`,
    ),
    async function (this: CasebookWorld, label: string, whose: string, profile: string | null) {
      const page = await this.appPage();
      let popover = profilePopover(page);
      if (!(await popover.isVisible())) {
        if (!profile) throw new Error(`no profile popover is open to click "${unquote(label)}" in`);
        popover = await openProfilePopover(this, /^your/i.test(whose) || whose === 'the' ? 'own' : 'other');
      }
      const name = unquote(label);
      await popover
        .getByRole('button', { name, exact: true })
        .or(popover.getByRole('link', { name, exact: true }))
        .first()
        .click();
    },
  ),
);

/**
 * "Position field should save. The text you entered should show up on the profile popover.": the value typed in
 * that field is the user's (on the server) and the open profile popover shows it.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(position|nickname)\s+field\s+should\s+save\.?\s+)?the\s+text\s+you\s+entered\s+should\s+(not\s+)?show\s+(?:up\s+)?(?:on|in)\s+the\s+profile\s+popover`,
      ),
      // Two captures, two parameters: a third one here once took the "not" and left the negation unread.
      async function (this: CasebookWorld, field: string | null, not: string | null) {
        const name = (field ?? 'position').toLowerCase();
        const typed = typedInto(this, name);
        const session = await this.session();
        const me = await apiGet<Record<string, string>>(session.context, '/api/v4/users/me');
        if (field && me[name] !== typed)
          throw new Error(`${name} is "${me[name]}" on the server, not "${typed}"`);
        const popover = profilePopover(await this.appPage());
        await popover.waitFor({ timeout: this.timeouts.expectMs });
        const shown = ((await popover.textContent()) ?? '').includes(typed);
        if (shown === Boolean(not)) {
          throw new Error(
            `the profile popover ${not ? 'shows' : 'does not show'} "${typed}": ${await popover.textContent()}`,
          );
        }
      },
    ),
  ),
);
