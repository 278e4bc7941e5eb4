import { randomBytes } from 'node:crypto';
import { defineStep } from '@cucumber/cucumber';
import type { Page } from 'playwright';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { sentence } from './generic/phrase';
import './mattermost';
import { apiGet } from './mattermost/api';
import { expectChannelShown } from './mattermost/channels';
import {
  headerMenuItem,
  openedHeaderMenu,
  openHeaderMenu,
  openNewChannel,
} from './mattermost/channels/header-menu';
import { NEW_CHANNEL, openNewChannelModal } from './mattermost/channels/new-channel';
import { CHANNEL } from './mattermost/selectors';

/**
 * The channel header menu (channel name drop-down) and what it offers: opening it, which items a role sees, and
 * leaving a channel through it. Items are named as the app names them; "Delete Channel", the name of Archive
 * Channel before 5.x, and View Info, whose panel the sandbox does not build, are not read here.
 */
const ITEM = String.raw`(?:Add\s+Members?|Manage\s+Members|View\s+Members|Edit\s+Channel\s+Header|Edit\s+Channel\s+Purpose|Rename\s+Channel|Convert\s+to\s+Private\s+Channel|Archive\s+Channel|Unarchive\s+Channel|Leave\s+Channel)`;
const ITEMS = String.raw`${ITEM}(?:\s*,\s*${ITEM})*(?:,?\s+and\s+${ITEM})?`;
// "are all available", "are not available" (none), "are not all available" (one at least is missing).
const ARE = String.raw`(?:is|are)\s+(?:all\s+)?((?:not\s+all|not)\s+)?(?:all\s+)?available`;
const EDITING_ITEMS = ['Edit Channel Header', 'Edit Channel Purpose', 'Rename Channel'];

/**
 * "Click the down arrow next to the channel header to see channel options", "Click channel drop-down on private
 * channel", "Click the dropdown next to channel name to open channel dropdown menu", "In the center panel, to the
 * right of a channel name, click on the dropdown arrow": opens the menu (of a fresh private or public channel of
 * the scenario when the line names one).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+the\s+center\s+panel,\s+to\s+the\s+right\s+of\s+(?:a|the)\s+channel\s+name,\s+)?click\s+(?:on\s+)?(?:the\s+)?(?:channel\s+(?:name\s+)?drop-?down|drop-?down(?:\s+arrow)?|down\s+arrow)(?:\s+(?:next\s+to|to\s+the\s+right\s+of)\s+(?:the\s+)?channel\s+(?:name|header))?(?:\s+on\s+(?:a\s+|the\s+)?(private|public)\s+channel)?(?:\s+to\s+(?:see\s+(?:the\s+)?channel\s+options|open\s+(?:the\s+)?channel\s+drop-?down\s+menu))?`,
    ),
    async function (this: CasebookWorld, kind: string | null) {
      const page = await this.appPage();
      if (kind) await openNewChannel(this, page, /private/i.test(kind) ? 'P' : 'O');
      await openHeaderMenu(page, this.timeouts.expectMs);
    },
  ),
);

/**
 * "Open a private channel", "Join or create a channel", "Open or join a public channel": a fresh channel of the
 * scenario, the user a member.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:open\s+a\s+(private)|(?:join\s+or\s+create|create\s+or\s+join|open\s+or\s+join)\s+a(?:\s+(private|public))?)\s+channel`,
    ),
    async function (this: CasebookWorld, opened: string | null, made: string | null) {
      const kind = opened ?? made ?? 'public';
      await openNewChannel(this, await this.appPage(), /private/i.test(kind) ? 'P' : 'O');
    },
  ),
);

/**
 * Checks the named items of the open menu: all there (`all`), none there (`none`), or not all there
 * (`not all`: one at least is missing).
 */
async function expectItems(
  world: CasebookWorld,
  names: string[],
  wanted: 'all' | 'none' | 'not all',
): Promise<void> {
  const menu = await openedHeaderMenu(await world.appPage());
  await expectVisible(menu.getByRole('menuitem').first(), 'the channel menu items', world.timeouts.expectMs);
  const offered: string[] = [];
  for (const name of names) if ((await headerMenuItem(menu, name).count()) > 0) offered.push(name);
  const missing = names.filter((name) => !offered.includes(name));
  if (wanted === 'all' && missing.length > 0)
    throw new Error(`the channel menu has no ${missing.map((name) => `"${name}"`).join(', ')} item`);
  if (wanted === 'none' && offered.length > 0)
    throw new Error(`the channel menu offers ${offered.map((name) => `"${name}"`).join(', ')}`);
  if (wanted === 'not all' && missing.length === 0)
    throw new Error(`the channel menu offers every one of ${names.join(', ')}`);
}

function wantedOf(negation: string | null): 'all' | 'none' | 'not all' {
  if (!negation) return 'all';
  return /all/i.test(negation) ? 'not all' : 'none';
}

function itemNames(list: string): string[] {
  return list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .map((name) => (/^add member$/i.test(name) ? 'Add Members' : name))
    .filter(Boolean);
}

/**
 * "View Members is available but Add Members and Manage Members are not available", "Edit Channel Header, Edit
 * Channel Purpose and Rename Channel are all available", "Ensure Archive Channel is not available": the items of
 * the open channel menu.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:for\s+\d+,\s+)?(?:ensure\s+(?:that\s+)?)?(${ITEMS})\s+${ARE}(?:,?\s+but\s+(${ITEMS})\s+${ARE})?`,
      ),
      async function (
        this: CasebookWorld,
        first: string,
        firstNot: string | null,
        second: string | null,
        secondNot: string | null,
      ) {
        await expectItems(this, itemNames(first), wantedOf(firstNot));
        if (second) await expectItems(this, itemNames(second), wantedOf(secondNot));
      },
    ),
  ),
);

/** "Note the options for editing channel details", "Note there are no options to edit channel details". */
defineStep(
  ...definition(
    sentence(
      String.raw`note\s+(?:the\s+options\s+for\s+editing|(there\s+are\s+no)\s+options\s+to\s+edit)\s+(?:the\s+)?channel\s+details`,
    ),
    async function (this: CasebookWorld, none: string | null) {
      await expectItems(this, EDITING_ITEMS, none ? 'none' : 'all');
    },
  ),
);

/**
 * "Leave the channel (channel drop-down ➜ Leave Channel)", "Leave the channel": Leave Channel from the header menu
 * of the channel on screen, confirmed.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`leave\s+(?:the|this|that)\s+channel(?:\s*\(\s*channel\s+(?:name\s+)?drop-?down\s*(?:->|➜|>|→)\s*Leave\s+Channel\s*\))?`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const menu = await openHeaderMenu(page, this.timeouts.expectMs);
      await headerMenuItem(menu, 'Leave Channel').click();
      // Mattermost asks before one leaves a private channel ("Yes, leave channel").
      const confirm = page.getByRole('button', { name: 'Yes, leave channel' });
      if (await confirm.isVisible().catch(() => false)) await confirm.click();
      const left = this.memory.latest('channel');
      if (left) this.remember('left channel', left);
    },
  ),
);

/**
 * "Channel name removed from LHS", "Channel is left and the previous channel viewed is displayed": the channel
 * the scenario made is gone from the sidebar and the user is no longer its member; the channel viewed before it
 * is shown when the line says so.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?channel(?:\s+name)?\s+(?:is\s+)?(not\s+)?(?:removed\s+from\s+(?:the\s+)?(?:LHS|sidebar|channel\s+list)|left)(,?\s+and\s+the\s+previous\s+channel\s+(?:viewed\s+)?is\s+displayed)?`,
      ),
      async function (this: CasebookWorld, not: string | null, previous: string | null) {
        const page = await this.appPage();
        const channel = this.memory.latest('channel');
        if (!channel?.id) throw new Error('no channel of this scenario to check: open or create one first');
        const name = channel.details?.name ?? channel.label;
        const item = page.locator(`${CHANNEL.sidebar} #sidebarItem_${name}`);
        await expectVisible(page.locator(CHANNEL.sidebar), 'the channel sidebar', this.timeouts.expectMs);
        const member = await apiGet(page.context(), `/api/v4/channels/${channel.id}/members/me`).then(
          () => true,
          () => false,
        );
        if (not) {
          await expectVisible(item, `${channel.label} in the sidebar`, this.timeouts.expectMs);
          if (!member) throw new Error(`the user is no longer a member of ${channel.label}`);
        } else {
          await item.waitFor({ state: 'detached', timeout: this.timeouts.expectMs }).catch(() => undefined);
          if ((await item.count()) > 0) throw new Error(`the sidebar still lists ${channel.label}`);
          if (member) throw new Error(`the user is still a member of ${channel.label}`);
        }
        if (previous) {
          const before = this.memory.latest('previous channel');
          if (!before) throw new Error('no channel was viewed before this one in the scenario');
          await expectChannelShown(page, before.label, this.timeouts.navigationMs);
        }
      },
    ),
  ),
);

/**
 * "Click "+" to open the channel creation modal and add any title", "Click the ＋sign then Create New Channel": the
 * sidebar "+" and its "Create new channel" item open the new channel modal; "add any title" types a fresh name.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?(?:the\s+)?(?:"[+＋]"|[+＋])\s*(?:sign|icon|button)?\s+(?:to\s+open\s+the\s+(?:new\s+)?channel\s+creation\s+modal|then\s+(?:select\s+|click\s+)?create\s+new\s+channel)(\s+and\s+add\s+any\s+(?:title|name))?(?:\s*\(RN[^)]*\))?`,
    ),
    async function (this: CasebookWorld, withTitle: string | null) {
      const page = await this.appPage();
      const modal = await openNewChannelModal(page, this.timeouts.expectMs);
      if (!withTitle) return;
      const title = `cb new ${randomBytes(3).toString('hex')}`;
      await modal.locator(NEW_CHANNEL.nameInput).fill(title);
      this.remember('typed channel name', { label: title });
    },
  ),
);

/**
 * "When modal closes the user does not rejoin the channel you had just left", "Should not rejoin channel": the
 * channel the scenario left stays left (no membership over REST, not in the sidebar).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:when\s+(?:the\s+)?modal\s+(closes|does\s+not\s+close),?\s+)?(?:the\s+user\s+|you\s+|user\s+)?(?:should|does|do)\s+(not\s+)?rejoin\s+(?:the\s+)?channel(?:\s+(?:you|they|the\s+user)\s+(?:had\s+)?just\s+left)?`,
      ),
      async function (this: CasebookWorld, modal: string | null, not: string | null) {
        const page = await this.appPage();
        const open = await page.getByRole('dialog').filter({ visible: true }).count();
        if (modal && /not/i.test(modal) && open === 0) throw new Error('the modal has closed');
        if (modal && !/not/i.test(modal) && open > 0) throw new Error('a modal is still open');
        const left = this.memory.latest('left channel');
        if (!left?.id)
          throw new Error(
            'this scenario has left no channel: a line such as "Leave that channel" comes first',
          );
        const member = await apiGet(page.context(), `/api/v4/channels/${left.id}/members/me`).then(
          () => true,
          () => false,
        );
        const listed =
          (await page
            .locator(`${CHANNEL.sidebar} #sidebarItem_${left.details?.name ?? left.label}`)
            .count()) > 0;
        if (not && (member || listed)) throw new Error(`the user is back in ${left.label}`);
        if (!not && !member) throw new Error(`the user has not rejoined ${left.label}`);
      },
    ),
  ),
);

/**
 * "Click Cancel, or tap the back arrow and tap `x` on RN, to close the modal without creating the new channel",
 * "Close the modal without clicking save", "Close the modal without entering text (clicking Cancel, …)": the open
 * dialog's Cancel button, and the dialog is gone; when the scenario typed a channel name in the new channel
 * modal, no channel of that name was made. ("Click on X to close the modal" is sidebar.steps.ts's.)
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:click\s+(?:on\s+)?(?:the\s+)?Cancel(?:\s+button)?(?:,\s+or\s+[^,]+,)?\s+to\s+close|close)\s+the\s+(?:modal|dialog)\s+without\s+(?:(creating)\s+the\s+(?:new\s+)?channel|clicking\s+save|entering\s+text(?:\s+\([^)]*\))?)`,
    ),
    async function (this: CasebookWorld, creating: string | null) {
      const page = await this.appPage();
      const dialog = page.getByRole('dialog').filter({ visible: true }).last();
      await expectVisible(dialog, 'an open modal', this.timeouts.expectMs);
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
      await dialog.waitFor({ state: 'hidden', timeout: this.timeouts.expectMs });
      const typed = this.memory.latest('typed channel name');
      if (creating && typed) await expectNoChannelNamed(page, typed.label);
    },
  ),
);

async function expectNoChannelNamed(page: Page, displayName: string): Promise<void> {
  const [team] = await apiGet<Array<{ id: string }>>(page.context(), '/api/v4/users/me/teams');
  const url = displayName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const made = await apiGet(page.context(), `/api/v4/teams/${team.id}/channels/name/${url}`).then(
    () => true,
    () => false,
  );
  if (made) throw new Error(`a channel "${displayName}" was created`);
}
