import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import {
  highlightedAsTyped,
  lastChannelMention,
  otherUsersMentions,
  sendTyped,
} from './mattermost/notifications/channel-mentions';
import { eventually } from './mattermost/posts/checks';

/** Before "X did not happen" is believed: the post before it may still be rendering on a loaded machine. */
const SETTLE_MS = 1_500;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/**
 * "Send a post containing `@ALL`. Note that the autocomplete will try to make that lowercase so you'll either need
 * to paste it or hit escape to dismiss the autocomplete": typed in the scenario's channel, autocomplete dismissed
 * with Escape, sent with Enter.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:send|make|post)\s+a\s+(?:post|message)\s+containing\s+(${QUOTED})(?:\.?\s+note\s+that\s+the\s+autocomplete\s+.+)?`,
    ),
    async function (this: CasebookWorld, text: string) {
      await sendTyped(this, unquote(text));
    },
  ),
);

/**
 * "Post appears as `@ALL` and highlighted.": the post sent keeps the case typed and the mention is highlighted;
 * negated, it is not so.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?post\s+(appears|does\s+not\s+appear|doesn't\s+appear)\s+as\s+(${QUOTED})\s+and\s+(?:is\s+)?highlighted`,
      ),
      async function (this: CasebookWorld, appears: string, text: string) {
        const page = await this.appPage();
        const post = lastChannelMention(this);
        const check = () => highlightedAsTyped(page, post, unquote(text));
        if (/not|n't/i.test(appears)) {
          await settle();
          if ((await check()) === undefined) throw new Error(`the post appears as ${text}, highlighted`);
          return;
        }
        await eventually(this, check);
      },
    ),
  ),
);

/**
 * "Other users received a notification.": the server counts a mention of the post for the other member of the
 * channel (the other test user), which is what Mattermost notifies about; negated, it counts none.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?other\s+(?:users|members)\s+(received|receive|got|get|did\s+not\s+receive|didn't\s+receive|do\s+not\s+receive|don't\s+receive|never\s+received)\s+(?:a\s+)?notifications?`,
      ),
      async function (this: CasebookWorld, verb: string) {
        const post = lastChannelMention(this);
        if (/not|n't|never/i.test(verb)) {
          await settle();
          const count = await otherUsersMentions(this, post);
          if (count > 0) throw new Error(`the other user has ${count} mention(s) in the channel`);
          return;
        }
        await eventually(this, async () =>
          (await otherUsersMentions(this, post)) > 0
            ? undefined
            : 'the other user has no mention in the channel',
        );
      },
    ),
  ),
);
