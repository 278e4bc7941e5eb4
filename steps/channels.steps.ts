import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { LABEL, sentence, unquote } from './generic/phrase';
import './mattermost';
import { expectVisible } from './generic/expect';
import { expectChannelShown, openAnotherChannel, switchChannel } from './mattermost/channels';
import { archivedChannel, ensureArchivedChannels, requireViewArchived } from './mattermost/channels/archived';
import { openSwitcher, switcherOption, typeInSwitcher } from './mattermost/channels/switcher';
import { CHANNEL } from './mattermost/selectors';

/** "Switch to the Off-Topic channel", "Switch to channel “Town Square”". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:switch|change|move)\s+to\s+(?:the\s+)?(?:channel\s+(${LABEL})|(${LABEL})\s+channel)`,
    ),
    async function (this: CasebookWorld, named: string | null, before: string | null) {
      const page = await this.appPage();
      await switchChannel(page, unquote(named ?? before ?? ''), this.timeouts.navigationMs);
    },
  ),
);

/** "The Town Square channel is displayed", "You remain in the current channel" is not this: a named channel. */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        // A DM or GM "channel opens" is direct-messages.steps.ts's: it is named by a person, not a label.
        String.raw`(?!(?:a\s+|the\s+)?(?:DM|GM|direct\s+message|group\s+message)\s+channel\b)(?:the\s+)?(?:channel\s+(${LABEL})|(${LABEL})\s+channel)\s+(?:is\s+displayed|is\s+shown|opens|is\s+opened|loads)`,
      ),
      async function (this: CasebookWorld, named: string | null, before: string | null) {
        await expectChannelShown(
          await this.appPage(),
          unquote(named ?? before ?? ''),
          this.timeouts.expectMs,
        );
      },
    ),
  ),
);

// ---------- archived channels ----------

const VIEW_ARCHIVED = String.raw`(?:\x60|"|“)?allow\s+users\s+to\s+view\s+archived\s+channels(?:\x60|"|”)?`;

/**
 * "Ensure that `Allow users to view archived channels` is enabled on the server and some public and private
 * archived channels exist": checks the setting (the client config) and makes the scenario's archived channels;
 * said again later, it checks that they still exist and are archived.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:as\s+system\s+admin,\s+)?ensure\s+(?:that\s+)?${VIEW_ARCHIVED}\s+is\s+(not\s+)?(enabled|disabled|set\s+to\s+["“]?(?:true|false)["”]?)(?:\s+on\s+the\s+server)?(\s+and\s+(?:that\s+)?some\s+public\s+and\s+private\s+archived\s+channels\s+exist)?`,
    ),
    async function (this: CasebookWorld, not: string | null, state: string, withChannels: string | null) {
      const page = await this.appPage();
      const on = /enabled|true/i.test(state);
      await requireViewArchived(page.context(), not ? !on : on);
      if (withChannels) await ensureArchivedChannels(this, page);
    },
  ),
);

/** "Select CTRL/CMD+K (or ⌘+k) to open the channel switcher", "Use CTRL / CMD+K shortcut to open channel switcher". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:\*\*webapp\*\*:\s*)?(?:select|press|hit|use|type)\s+(?:the\s+)?(?:CTRL\s*/\s*CMD|CMD\s*/\s*CTRL)\s*\+\s*K(?:\s*\(or\s+⌘\s*\+\s*k\))?(?:\s+shortcut)?\s+to\s+open\s+(?:the\s+)?channel\s+switcher`,
    ),
    async function (this: CasebookWorld) {
      await openSwitcher(await this.appPage(), this.timeouts.expectMs);
    },
  ),
);

/** "Start typing the name of a public channel on this team that has been archived which the test user belongs to". */
defineStep(
  ...definition(
    sentence(
      String.raw`start\s+typing\s+the\s+name\s+of\s+(?:a|an|the)\s+((?:public|private)(?:\s+or\s+(?:public|private))?\s+)?(?:archived\s+)?channel(?:\s+on\s+this\s+team)?\s+that\s+has\s+been\s+archived(?:\s+which\s+the\s+test\s+user\s+belongs\s+to)?(?:\s+in\s+the\s+search\s+bar\s+of\s+the\s+channel\s+switcher)?`,
    ),
    async function (this: CasebookWorld, kind: string | null) {
      const channel = archivedChannel(this, kind);
      await typeInSwitcher(await this.appPage(), channel.display_name, this.timeouts.expectMs);
      this.remember('channel', {
        label: channel.display_name,
        id: channel.id,
        details: { name: channel.name },
      });
    },
  ),
);

/**
 * "Public archived channels that you are a member of are available on channel switcher", "The archived channel
 * appears in channel switcher search results": the switcher lists it, with the archive icon.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?((?:public|private)(?:\s+(?:and|or)\s+(?:public|private))?\s+)?archived\s+channels?\s+(?:that\s+you\s+are\s+a\s+member\s+of\s+)?(?:(?:are|is|does|do)\s+)?(not\s+)?(?:available|shown|listed|appears?)\s+(?:on|in)\s+(?:the\s+)?channel\s+switcher(?:\s+search\s+results)?`,
    ),
    async function (this: CasebookWorld, kind: string | null, not: string | null) {
      const page = await this.appPage();
      const channel = archivedChannel(this, kind);
      const option = switcherOption(page, channel.display_name);
      if (not) {
        if ((await option.count()) > 0)
          throw new Error(`the switcher lists the archived channel ${channel.display_name}`);
        return;
      }
      await expectVisible(
        option.first(),
        `the archived channel ${channel.display_name} in the switcher`,
        this.timeouts.expectMs,
      );
      await expectVisible(
        option.first().locator('.icon-archive-outline'),
        'its archive icon',
        this.timeouts.expectMs,
      );
    },
  ),
);

/**
 * "Open an Archived channel", "View the archived channel, noting that it is read-only": through the channel
 * switcher, as a tester finds one that is not in the sidebar; read-only: the archived notice instead of the
 * message box.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:open|view)\s+(?:an|the)\s+archived\s+channel(,?\s+noting\s+that\s+it\s+is\s+read-only)?`,
    ),
    async function (this: CasebookWorld, readOnly: string | null) {
      const page = await this.appPage();
      const channel = archivedChannel(this);
      await typeInSwitcher(page, channel.display_name, this.timeouts.expectMs);
      await switcherOption(page, channel.display_name).first().click();
      await expectChannelShown(page, channel.display_name, this.timeouts.navigationMs);
      // Mattermost lists an archived channel in the sidebar while it is open; "removed from the drawer when you
      // navigate away" is only meaningful once it has been seen there.
      const listed = await page
        .locator(`${CHANNEL.sidebar} #sidebarItem_${channel.name}`)
        .isVisible()
        .catch(() => false);
      this.remember('channel', {
        label: channel.display_name,
        id: channel.id,
        details: { name: channel.name, listedWhileOpen: listed ? 'yes' : 'no' },
      });
      if (!readOnly) return;
      await expectVisible(
        page.locator('#channelArchivedMessage'),
        'the archived channel notice',
        this.timeouts.expectMs,
      );
      if (await page.locator(CHANNEL.postTextbox).isVisible())
        throw new Error(`the archived channel ${channel.display_name} shows a message box`);
    },
  ),
);

/** "Select another channel from the drawer", "Switch to another channel": any other channel of the sidebar. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:select|open|click)\s+(?:on\s+)?(?:another|a\s+different)\s+channel\s+(?:from|in)\s+the\s+(?:drawer|sidebar|LHS|channel\s+list)|switch\s+to\s+another\s+channel)`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      await openAnotherChannel(page, this.timeouts.navigationMs);
    },
  ),
);

/** "Archive channel is removed from drawer when you navigate away". */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?archived?\s+channel\s+is\s+(not\s+)?removed\s+from\s+(?:the\s+)?(?:drawer|sidebar|LHS|channel\s+list)(?:\s+when\s+you\s+navigate\s+away)?`,
      ),
      async function (this: CasebookWorld, not: string | null) {
        const page = await this.appPage();
        const channel = archivedChannel(this);
        const item = page.locator(`${CHANNEL.sidebar} #sidebarItem_${channel.name}`);
        await expectVisible(page.locator(CHANNEL.sidebar), 'the channel sidebar', this.timeouts.expectMs);
        if (not) await expectVisible(item, `${channel.display_name} in the sidebar`, this.timeouts.expectMs);
        else {
          const opened = this.memory.all('channel').filter((seen) => seen.id === channel.id);
          if (!opened.some((seen) => seen.details?.listedWhileOpen === 'yes')) {
            throw new Error(
              `${channel.display_name} was never listed in the sidebar while open, so its removal cannot be told`,
            );
          }
          if ((await item.count()) > 0) throw new Error(`the sidebar still lists ${channel.display_name}`);
        }
      },
    ),
  ),
);
