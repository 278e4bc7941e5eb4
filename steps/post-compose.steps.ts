import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { messageBoxNamed, typeAtFocus, typeWithoutSending } from './mattermost/posts/compose';

/** A message box as the lines name it: "RHS text box", "message input box", "reply box", "main input box". */
const BOX = String.raw`(?:the\s+)?((?:rhs|reply|comment|center|centre|main|message)?\s*(?:text\s?box|message\s+input\s+box|input\s+box|message\s+box|comment\s+box|reply\s+box))`;

/**
 * "Add some text to RHS text box", "In a test channel, type some text in the message input box", "Type a
 * message": text typed into a message box (the center one unless the line names the RHS), not sent.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+(?:a|the|any)\s+(?:test\s+)?channel\s*,\s*)?(?:type|add|enter|write)\s+(?:some\s+(?:text|message)|a\s+message)(?:\s+(?:in|into|to)\s+${BOX})?`,
    ),
    async function (this: CasebookWorld, box: string | null) {
      const page = await this.appPage();
      await typeWithoutSending(this, messageBoxNamed(page, box), box ?? 'message box');
    },
  ),
);

/**
 * "Start typing again", "Begin typing straight away as quickly as you can": keys typed wherever the focus is
 * (no click first: where the focus went is what the case looks at).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:start|begin)\s+typing(?:\s+again)?(?:\s+straight\s+away)?(?:\s+as\s+quickly\s+as\s+(?:you\s+can|possible))?`,
    ),
    async function (this: CasebookWorld) {
      await typeAtFocus(this);
    },
  ),
);
