import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { expectEditBox } from './mattermost/keyboard/edit-box';
import { focusTarget } from './mattermost/keyboard/focus';
import {
  arrangeLatestPost,
  latestReplyablePostId,
  otherUserPostsHere,
  threadOpensFor,
} from './mattermost/keyboard/latest-post';

/** How long a "does not open" line watches for the thread before it holds (a key press may still be landing). */
const SETTLE_MS = 2000;

/**
 * "In a channel with a system message as its most recent (can create one by joining a channel):", "Ensure the
 * latest message in the channel is a non-system, non-ephemeral message as its most recent:": the scenario's
 * channel, its newest post a system message or a regular one (what Up and Shift+Up pass over or pick).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+a\s+(?:test\s+)?channel\s+with|ensure\s+(?:that\s+)?the\s+(?:latest|newest|most\s+recent)\s+(?:message|post)\s+in\s+the\s+channel\s+is)\s+(?:a\s+|an\s+)?(system|non-system,?\s+(?:and\s+)?non-ephemeral|regular)\s+(?:message|post)\s+as\s+its\s+(?:most\s+recent|latest|newest)(?:\s*\([^)]*\))?\s*:?`,
    ),
    async function (this: CasebookWorld, kind: string) {
      await arrangeLatestPost(this, /^system$/i.test(kind));
    },
  ),
);

/**
 * "Click in the Write to_ message input box in the center channel", "Click in the search box": a click into
 * the box the line names (assertion vocabulary), which then has the focus.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:in|into|inside)\s+(?:the\s+)?(.+?\b(?:box|input|field|textbox))(?:\s+(?:in|of)\s+the\s+(?:cent(?:er|re)(?:\s+channel)?|RHS))?`,
    ),
    async function (this: CasebookWorld, name: string) {
      const page = await this.appPage();
      await (await focusTarget(this, page, name)).click();
    },
  ),
);

/**
 * "Reply thread opens in RHS for the most recent message with cursor in the reply input box", "… for the most
 * recent reply-able message (non-system, non-ephemeral message) with the cursor in the reply input box": the RHS
 * shows the thread of the center's newest regular post (`#rhsPost_<id>`) and `#reply_textbox` has the focus.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?reply\s+thread\s+(opens|is\s+opened|does\s+not\s+open|is\s+not\s+opened)\s+in\s+(?:the\s+)?RHS\s+for\s+the\s+most\s+recent\s+(?:reply-?able\s+)?(?:message|post)(?:\s*\([^)]*\))?\s+with\s+(?:the\s+)?(?:cursor|focus)\s+in\s+the\s+reply\s+(?:input\s+)?box`,
      ),
      async function (this: CasebookWorld, verb: string) {
        const page = await this.appPage();
        const rootId = await latestReplyablePostId(page);
        const negated = /not/i.test(verb);
        const opened = await threadOpensFor(page, rootId, negated ? SETTLE_MS : this.timeouts.expectMs);
        if (opened === negated) {
          throw new Error(
            negated
              ? `the RHS opened the thread of post ${rootId} with the focus in its reply box`
              : `the RHS did not show the thread of the newest regular post ${rootId} with the focus in #reply_textbox`,
          );
        }
      },
    ),
  ),
);

/**
 * "The user is able to edit their message posted in step 1", "Edit modal does not open.", "Edit box opens":
 * an inline edit box on the scenario's last post, with its text (or, negated, no edit box at all).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(?:the\s+)?(?:test\s+)?(?:user\s+is|you\s+are)\s+(able|not\s+able|unable)\s+to\s+edit\s+(?:their|your|the)\s+(?:own\s+)?(?:message|post)(?:\s+posted\s+in\s+step\s+\d+)?|(?:the\s+)?edit\s+(?:modal|box|dialog)\s+(opens|is\s+opened|does\s+open|does\s+not\s+open|is\s+not\s+opened))`,
      ),
      async function (this: CasebookWorld, able: string | null, opens: string | null) {
        await expectEditBox(this, !/not|unable/i.test(able ?? opens ?? ''));
      },
    ),
  ),
);

/** "Have another user post in the same channel", "Have another user post in the channel you selected". */
defineStep(
  ...definition(
    sentence(
      String.raw`have\s+(?:another|a\s+second|the\s+other)\s+user\s+post(?:\s+a\s+message)?\s+in\s+the\s+(?:same\s+channel|channel\s+you\s+(?:selected|opened|are\s+viewing))`,
    ),
    async function (this: CasebookWorld) {
      await otherUserPostsHere(this);
    },
  ),
);
