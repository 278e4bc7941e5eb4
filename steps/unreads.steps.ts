import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { switchChannel } from './mattermost/channels';
import './mattermost/unreads/read-state';
import { channelNamed, postAs, rememberChannel } from './mattermost/unreads/sidebar-channels';
import { makeUnreadChannels } from './mattermost/unreads/unread-channels';
import './mattermost/unreads/vocabulary';

/** The channels these lines name: the team's default ones, or the scenario's own ("the test channel"). */
const DEFAULT_CHANNEL = String.raw`(?:a\s+|the\s+)?(?:town\s+square|off[\s-]?topic)(?:\s+channel)?`;
const CHANNEL = String.raw`(?:${DEFAULT_CHANNEL}|the\s+test\s+channel|this\s+same\s+channel)`;

/** "Start in Town Square", "Start in Town Square (and save the ID of the Town Square channel for later)". */
defineStep(
  ...definition(
    sentence(String.raw`start\s+(?:in|on|from)\s+(${DEFAULT_CHANNEL})`),
    async function (this: CasebookWorld, words: string) {
      const page = await this.appPage();
      const channel = await channelNamed(this, words);
      await switchChannel(page, channel.display_name, this.timeouts.navigationMs);
      rememberChannel(this, channel);
    },
  ),
);

/**
 * Someone posts in a named channel: "Have another user send a message in the Town Square", "Have another user
 * mention you in a Town Square so that a mention badge appears", "Have another user post in Off Topic", "As User
 * A, send a plain message (w/no mentions) in the test channel", "As user 2, mention user 1 in this same channel".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:have\s+(?<other>another|a\s+second|the\s+other)\s+user|as\s+(?<who>user\s*[ab12]),)\s+(?:(?:send|post)(?:\s+(?:a|a\s+plain|one)\s+message)?(?:\s+\(w\/\s*no\s+mentions\))?|(?<mention>mention)\s+(?:you|user\s*[ab12]))\s+in\s+(?<channel>${CHANNEL})(?:\s+so\s+that\s+a\s+mention\s+badge\s+appears)?`,
    ),
    async function (this: CasebookWorld, ...groups: unknown[]) {
      const [other, who, mention, words] = groups as (string | null)[];
      const channel = await channelNamed(this, words ?? '');
      await postAs(this, other ? 'another user' : (who ?? ''), channel, Boolean(mention));
    },
  ),
);

/**
 * "Ensure you have some unread channels", "Ensure that you have some unread messages / channels, including a
 * couple mentions", "Have a channel with unread messages": channels of the scenario's own made unread by the
 * other user's posts (two of them mentioning the tester when the line asks for mentions).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:ensure|make\s+sure)\s+(?:that\s+)?you\s+have\s+(?:some|a\s+few|several)\s+unread\s+(?:messages\s*\/\s*channels|channels|messages)(?:,?\s+including\s+(?:a\s+couple(?:\s+of)?|some|a\s+few)\s+(mentions))?|have\s+(a)\s+channel\s+with\s+unread\s+messages)`,
    ),
    async function (this: CasebookWorld, mentions: string | null, one: string | null) {
      await makeUnreadChannels(this, one ? 1 : 3, mentions ? 2 : 0);
    },
  ),
);
