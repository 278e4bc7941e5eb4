import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { LABEL, sentence, unquote } from './generic/phrase';
import './mattermost';
import { expectChannelShown, switchChannel } from './mattermost/channels';

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
  ...definition(
    sentence(
      String.raw`(?:the\s+)?(?:channel\s+(${LABEL})|(${LABEL})\s+channel)\s+(?:is\s+displayed|is\s+shown|opens|is\s+opened|loads)`,
    ),
    async function (this: CasebookWorld, named: string | null, before: string | null) {
      await expectChannelShown(await this.appPage(), unquote(named ?? before ?? ''), this.timeouts.expectMs);
    },
  ),
);
