import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { typeInSwitcher } from './mattermost/channels/switcher';
import {
  type ChannelKind,
  expectChannelNotOpen,
  expectChannelOpenWithFocus,
  highlightWithArrows,
  typeFirstLetterOfChannel,
} from './mattermost/channels/switcher-keys';

/** The channel switcher's box as the cases call it: "the "Switch Channels" modal message box". */
const SWITCHER_BOX = String.raw`(?:the\s+)?["“]?switch\s+channels["”]?\s+(?:modal\s+)?(?:message|input|text|search)\s+box`;

/**
 * Typing in the Ctrl/Cmd+K switcher: "Type "test" in the "Switch Channels" message box", "Type the first letter of
 * a private channel in the "Switch Channels" modal message box" (a channel of that kind of the scenario's own).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`type\s+(?:the\s+first\s+letter\s+of\s+a\s+(public|private)\s+channel|(${QUOTED}))\s+in(?:to)?\s+${SWITCHER_BOX}`,
    ),
    async function (this: CasebookWorld, kind: string | null, text: string | null) {
      if (kind) return typeFirstLetterOfChannel(this, kind.toLowerCase() as ChannelKind);
      await typeInSwitcher(await this.appPage(), unquote(text ?? ''), this.timeouts.expectMs);
    },
  ),
);

/** "Use up/down arrow keys to highlight a private channel" (the one typed in the switcher). */
defineStep(
  ...definition(
    sentence(
      String.raw`use\s+(?:the\s+)?(?:up\s*\/\s*down\s+|up\s+(?:and|or)\s+down\s+|down\s+)?arrow\s+keys?\s+to\s+highlight\s+(?:a|the)\s+(public|private)\s+channel`,
    ),
    async function (this: CasebookWorld, kind: string) {
      await highlightWithArrows(this, kind.toLowerCase() as ChannelKind);
    },
  ),
);

/**
 * "Private channel opens, with focus in the message box": the channel highlighted opened, its box focused ("does
 * not open": the page stays elsewhere).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(public|private)\s+channel\s+(opens|does\s+not\s+open),?\s+with\s+(?:the\s+)?focus\s+in\s+the\s+message\s+box`,
      ),
      async function (this: CasebookWorld, kind: string, verb: string) {
        const channelKind = kind.toLowerCase() as ChannelKind;
        if (!/not/i.test(verb)) return expectChannelOpenWithFocus(this, channelKind);
        await expectChannelNotOpen(this, channelKind);
      },
    ),
  ),
);
