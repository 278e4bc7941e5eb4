import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { expectFocus } from './mattermost/keyboard/focus';
import { postMessage } from './mattermost/posts';
import {
  changeEditText,
  chooseFromDotMenu,
  clickReplyArrow,
  confirmDelete,
  replyInRhs,
  replyToTargetInRhs,
  snapshot,
} from './mattermost/posts/actions';
import { POST, RHS } from './mattermost/posts/selectors';
import { seedThread, targetPost } from './mattermost/posts/targets';
import './mattermost/posts/vocabulary';

/** A post as the lines name it: "message", "a reply in the center", "the parent post", "one of the pinned posts". */
const TARGET = String.raw`(?:(?:the|a|an|any|that|this|one\s+of\s+the)\s+)?(?:existing\s+)?(?:parent\s+post|root\s+post|original\s+message|pinned\s+posts?|reply|comment|message|post)(?:\s+containing\s+["“][^"”]+["”])?(?:\s+(?:in\s+(?:the\s+)?(?:center|centre)(?:\s+channel)?|in\s+(?:the\s+)?rhs))*`;
/** The "[...]" dot menu as testers write it. */
const DOT = String.raw`(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…|•••|the\s+(?:\.\.\.|dot|three[-\s]dots?|more\s+actions)\s+(?:menu|icon|button))`;
const ITEM = String.raw`reply|delete|edit|pin\s+to\s+channel|un-?pin\s+from\s+channel`;
const WHERE = String.raw`(?:in\s+(?:the\s+)?(center|centre|rhs)(?:\s+channel)?\s*,\s*)?`;

let replies = 0;
const nextReply = () => `casebook reply ${++replies} at ${new Date().toISOString()}`;

function whereOf(...phrases: (string | null)[]): 'center' | 'rhs' {
  return phrases.some((phrase) => /\brhs\b/i.test(phrase ?? '')) ? 'rhs' : 'center';
}

/**
 * "Click [...] on message and then click Reply", "On the reply, click [...] and then Delete", "On a message in
 * center channel, click [...] > Pin to channel", 'On a message containing "hello" in center channel, click [...] > Pin
 * to channel' (a post with that word), "Hover over the message you just posted in the channel, click
 * [...] > Pin to Channel", "In center channel, click [...] > Delete on one of the pinned
 * posts and delete the post", "On an existing message, click [...] > Edit to open edit modal", "Click [...] of the
 * message you posted and choose "Reply" and verify focus is on RHS's reply textbox" (the focus check is
 * keyboard/focus.ts's), "On a message in center channel, click [...] > Pin to channel, AND also Save the message
 * (i.e. click on Save icon)" (then its "Save" item too).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`${WHERE}(?:(?:on|hover\s+over)\s+(${TARGET})(?:\s+(?:that\s+)?you\s+just\s+posted(?:\s+in\s+the\s+channel)?)?\s*,?\s*)?click\s+${DOT}(?:\s+(?:on|of)\s+(${TARGET})(?:\s+(?:that\s+)?you\s+(?:just\s+)?posted)?)?\s*(?:>|and\s+then\s+(?:click\s+|select\s+)?|and\s+(?:click|select|choose)\s+|then\s+)\s*["“]?(${ITEM})["”]?(?:\s+on\s+(${TARGET}))?(,?\s+and\s+also\s+save\s+the\s+(?:message|post)(?:\s*\(\s*i\.e\.,?\s*click\s+on\s+(?:the\s+)?save\s+icon\s*\))?)?(?:\s+to\s+open\s+(?:the\s+)?(?:edit|reply|delete)\s+(?:modal|box|dialog|mode))?(\s+and\s+(?:delete\s+the\s+post|confirm))?(?:,?\s+and\s+verify\s+(?:that\s+)?(?:the\s+)?focus\s+is\s+(?:on|in)\s+(.+?))?`,
    ),
    async function (
      this: CasebookWorld,
      where: string | null,
      before: string | null,
      after: string | null,
      item: string,
      onItem: string | null,
      alsoSave: string | null,
      confirm: string | null,
      focused: string | null,
    ) {
      const phrase = before ?? after ?? onItem ?? 'message';
      const post = await targetPost(this, phrase);
      await chooseFromDotMenu(this, post, item, whereOf(where, phrase));
      if (alsoSave) await chooseFromDotMenu(this, post, 'Save', whereOf(where, phrase));
      if (confirm) await confirmDelete(this, post);
      if (focused) await expectFocus(this, focused, false);
    },
  ),
);

/**
 * "Delete that post", "Delete the root message", "Delete the post in the center channel", "Delete the message
 * that was added": dot menu → Delete → confirm, on the post the phrase names (the newest of its kind).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`delete\s+(?:that|the|this|your)\s+((?:root\s+|parent\s+|copied\s+)?(?:post|message|reply))(?:\s+in\s+the\s+(?:center|centre)(?:\s+channel)?|\s+that\s+was\s+(?:added|posted))?`,
    ),
    async function (this: CasebookWorld, noun: string) {
      const post = await targetPost(this, noun);
      await chooseFromDotMenu(this, post, 'Delete');
      await confirmDelete(this, post);
    },
  ),
);

/**
 * "Click the reply count on parent post", "Click Reply arrow on post to open RHS", "…on post in same thread",
 * "Click reply to open the post in the right hand side", "Click reply arrow to open RHS", "Click the reply arrow
 * on a post in the center channel", "Click reply arrow on a post in center to show message details in RHS": the
 * reply arrow (or count) of the post the phrase names.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:the\s+)?(?:reply(?:\s+(?:arrow|count|icon))?|comment\s+(?:icon|count))(?=\s+(?:on|to)\s)(?:\s+on\s+(${TARGET}|post\s+in\s+(?:the\s+)?same\s+thread))?(?:\s+to\s+(?:open\s+(?:(${TARGET})\s+in\s+)?|show\s+(?:the\s+)?message\s+details\s+in\s+)(?:the\s+)?(?:rhs|right[-\s]hand\s+side))?`,
    ),
    async function (this: CasebookWorld, on: string | null, opened: string | null) {
      const target = on ?? opened ?? 'post';
      const phrase = /same\s+thread/i.test(target) ? 'parent post' : target;
      await clickReplyArrow(this, await targetPost(this, phrase));
    },
  ),
);

/** "In RHS, type reply in comment box and press Enter", "In RHS, type a comment and Send". */
defineStep(
  ...definition(
    sentence(
      String.raw`in\s+(?:the\s+)?rhs\s*,?\s*type\s+(?:a\s+)?(?:reply|comment)(?:\s+in\s+(?:the\s+)?(?:comment|reply)\s+box)?\s+and\s+(?:press\s+enter|send|post|hit\s+enter)`,
    ),
    async function (this: CasebookWorld) {
      await replyInRhs(this, nextReply());
    },
  ),
);

/** "Using two test accounts, create a conversation of a parent post and 5 or so replies". */
defineStep(
  ...definition(
    sentence(
      String.raw`using\s+two\s+test\s+accounts\s*,?\s*create\s+a\s+conversation\s+of\s+a\s+parent\s+post\s+and\s+(\d+)\s+or\s+so\s+replies(?:\s*\(or\s+use\s+(?:the\s+)?conversation\s+created\s+above\))?`,
    ),
    async function (this: CasebookWorld, count: string) {
      await seedThread(this, await this.appPage(), Number(count), true);
    },
  ),
);

/** "From the center channel, pin the parent post to the channel", "Pin that post", "Un-pin a pinned post". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:from\s+the\s+center\s+channel\s*,\s*)?(pin|un-?pin)\s+(${TARGET})(?:\s+(?:to|from)\s+the\s+channel)?`,
    ),
    async function (this: CasebookWorld, verb: string, target: string) {
      const item = /^un/i.test(verb) ? 'Unpin from Channel' : 'Pin to Channel';
      await chooseFromDotMenu(this, await targetPost(this, target), item);
    },
  ),
);

/** "In a channel with pinned posts, click the pin icon to display them in RHS" (also "In one channel with ..."). */
defineStep(
  ...definition(
    sentence(
      String.raw`in\s+(?:a|one)\s+channel\s+with\s+pinned\s+posts\s*,\s*click\s+the\s+pin\s+icon(?:\s+to\s+display\s+them\s+in\s+(?:the\s+)?rhs)?`,
    ),
    async function (this: CasebookWorld) {
      const pinned = await targetPost(this, 'pinned post');
      const page = await this.appPage();
      await snapshot(this, page, pinned);
      await page.locator(RHS.pinButton).click();
      await expectVisible(
        page.locator(RHS.pinnedItems).first(),
        'the pinned messages in the RHS',
        this.timeouts.expectMs,
      );
    },
  ),
);

/** "Edit the message": changes the text in the edit box (opened by Up arrow, or here from the dot menu). */
defineStep(
  ...definition(sentence(String.raw`edit\s+the\s+(?:message|post)`), async function (this: CasebookWorld) {
    await changeEditText(this, await targetPost(this, 'message'));
  }),
);

/**
 * "Update the post value and save", "Edit and save": a new text in the open edit box (opened from the dot menu on
 * the post the scenario is looking at when closed), saved with Enter.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:update\s+the\s+(?:post|message)(?:\s+(?:value|text))?|edit)\s+and\s+save(?:\s+it)?`,
    ),
    async function (this: CasebookWorld) {
      await changeEditText(this, await targetPost(this, 'message'));
      const page = await this.appPage();
      await page.locator(POST.editBox).press('Enter');
    },
  ),
);

/** "Make a post". */
defineStep(
  ...definition(sentence(String.raw`make\s+a\s+(?:new\s+)?post`), async function (this: CasebookWorld) {
    await postMessage(this, await this.appPage(), `casebook post at ${new Date().toISOString()}`);
  }),
);

/**
 * "Post a message in the right hand side of a test channel", "Add new reply to thread": a reply typed in the RHS
 * of a thread of the channel (the newest post's, when no thread is open).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:post|add)\s+(?:a\s+)?(?:new\s+)?(?:message|reply|comment)\s+(?:in|to)\s+(?:the\s+)?(?:right[-\s]hand\s+side|rhs|reply\s+thread|thread)(?:\s+of\s+(?:a|the)\s+(?:test\s+)?channel)?`,
    ),
    async function (this: CasebookWorld) {
      await replyToTargetInRhs(this, nextReply());
    },
  ),
);

/** 'Type "+:+1:" in comment box to react to the post with a thumbs-up and post': the text typed in the RHS box, sent. */
defineStep(
  ...definition(
    sentence(
      String.raw`type\s+(${QUOTED})\s+in\s+(?:the\s+)?(?:comment|reply)\s+box(?:\s+to\s+react\s+to\s+the\s+(?:post|message)(?:\s+with\s+an?\s+[\w-]+)?)?\s+and\s+(?:post|send|press\s+enter)`,
    ),
    async function (this: CasebookWorld, text: string) {
      const page = await this.appPage();
      const box = page.locator(RHS.replyBox);
      await expectVisible(box, 'the reply box of the RHS (open a thread first)', this.timeouts.expectMs);
      await box.fill(unquote(text));
      await box.press('Enter');
    },
  ),
);
