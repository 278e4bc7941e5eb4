import { defineStep } from '@cucumber/cucumber';
import type { Page } from 'playwright';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { lastActedOn } from './mattermost/posts/actions';
import { eventually, namesEditedIndicator, savedAsTyped, unchangedPost } from './mattermost/posts/checks';
import { POST, RHS } from './mattermost/posts/selectors';

/**
 * The posts area's own "Then" lines: what a post action did to the post it acted on (edited, unchanged,
 * gone), and what the RHS shows of a thread or of the pinned list. Each reads the post by its id from the
 * scenario's memory, so it cannot pass on an empty page.
 */

const focusedReplyBox = async (world: CasebookWorld) =>
  (await world.appPage()).locator(RHS.replyBox).evaluate((box) => box === document.activeElement);

/** "RHS opens with focus on reply message box". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?rhs\s+opens\s+with\s+(?:the\s+)?focus\s+(?:on|in)\s+(?:the\s+)?(?:reply|comment)\s+(?:message\s+)?box`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      await eventually(this, async () => {
        if (!(await page.locator(RHS.panel).isVisible())) return 'the RHS is not open';
        return (await focusedReplyBox(this)) ? undefined : 'the reply box of the RHS does not have the focus';
      });
    },
  ),
);

/** "Reply button is disabled until text entered": disabled while empty, enabled once text is typed. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?(?:reply|add\s+comment|send)\s+button\s+is\s+disabled\s+until\s+(?:some\s+)?text\s+(?:is\s+)?entered`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const box = page.locator(RHS.replyBox);
      const button = page.locator(RHS.sendButton);
      if ((await box.inputValue()) !== '') throw new Error('the reply box is not empty');
      if (!(await button.isDisabled()))
        throw new Error('the Reply button is enabled while the reply box is empty');
      await box.pressSequentially('x');
      const enabled = await button.isEnabled();
      await box.fill('');
      if (!enabled) throw new Error('the Reply button stays disabled after text is entered');
    },
  ),
);

/**
 * "No changes made", "No changes are made", "The message remains in the channel", 'The "Edit message" modal
 * should close, and the message should not be updated.': the post the last action was about is as before. The
 * other polarities ("Changes made"; the modal "should not close") are what the negation twins of these lines say.
 * "Post is successfully updated" (and "… is not …"): the edit typed was saved, in the post and on the server.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(no\s+)?(changes)\s+(?:are\s+|were\s+)?made|(?:the\s+)?(?:message|post|reply)\s+(?:remains|stays)\s+(?:in\s+the\s+channel|unchanged)|(?:(?:the\s+)?(${QUOTED})\s+(?:modal|dialog|box)\s+should\s+(not\s+)?close\s*,?\s+and\s+)?(?:the\s+)?(?:message|post|reply)\s+(?:should\s+not\s+be|is\s+not|was\s+not)\s+updated|(?:the\s+)?(?:message|post|reply)\s+(?:is|was)\s+(not\s+)?(successfully\s+updated|updated\s+successfully))`,
    ),
    async function (
      this: CasebookWorld,
      no: string | null,
      changes: string | null,
      editor: string | null,
      staysOpen: string | null,
      notUpdated: string | null,
      updated: string | null,
    ) {
      // Mattermost's editor was the "Edit Message" modal (#editPostModal); it now edits in place in #edit_textbox.
      if (editor && !/^edit\s+(?:message|post)$/i.test(unquote(editor))) {
        throw new Error(`${editor} is not the post editor ("Edit message")`);
      }
      const page = await this.appPage();
      if (updated && !notUpdated) {
        await eventually(this, () => savedAsTyped(this, page));
        return;
      }
      if (changes && !no) {
        await eventually(this, async () =>
          (await unchangedPost(this, page)) ? undefined : 'the post is as it was before',
        );
        return;
      }
      if (staysOpen) {
        if (!(await page.locator(POST.editBox).isVisible())) throw new Error('the post editor is closed');
        const { post, text } = lastActedOn(this);
        const now = (await page.locator(POST.text(post.id)).textContent()) ?? '';
        if (now !== text) throw new Error(`the post reads "${now}", not "${text}" as before`);
        return;
      }
      await eventually(this, () => unchangedPost(this, page));
    },
  ),
);

/**
 * "`(edited)` is not displayed", "`(edited)` displays", 'Edit is successful, and "(edited)" displays at the end of
 * the message.': the Edited indicator of the post the last action was about (current Mattermost writes "Edited",
 * so the literal "(edited)" could never be found on the page); a successful edit also shows the text typed, with
 * the indicator right after it. '…"(edited)" should display at the end of the message in both RHS and center': the
 * post the RHS shows (thread or search result) too.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`((?:the\s+)?(?:edit\s+is\s+successful|message\s+is\s+edited\s+successfully)\s*,?\s+and\s+)?([\x60"“'‘]\(?edited\)?[\x60"”'’])\s+(?:is\s+|should\s+be\s+|should\s+)?(not\s+)?(?:displayed|shown|visible|displays|display|shows|appears)(\s+at\s+the\s+end\s+of\s+the\s+(?:message|post))?(\s+in\s+both\s+(?:the\s+)?rhs\s+and\s+(?:the\s+)?(?:center|centre))?`,
      ),
      async function (
        this: CasebookWorld,
        successful: string | null,
        quoted: string,
        negated: string | null,
        atEnd: string | null,
        inRhsToo: string | null,
      ) {
        if (!namesEditedIndicator(unquote(quoted)))
          throw new Error(`${quoted} is not the "Edited" indicator`);
        const { post, typed } = lastActedOn(this);
        if (successful && !typed) throw new Error('no step typed an edit');
        const page = await this.appPage();
        await eventually(this, async () => {
          if ((await page.locator(POST.inCenter(post.id)).count()) === 0)
            return 'the post is not in the center';
          const text = (await page.locator(POST.text(post.id)).textContent()) ?? '';
          if (successful && text !== typed) return `the post reads "${text}", not the edit "${typed}"`;
          const follows = await page
            .locator(`${POST.text(post.id)} + ${POST.edited(post.id)}`)
            .isVisible()
            .catch(() => false);
          if (atEnd && !negated && !follows) return 'the "Edited" indicator does not follow the message';
          const marked = await page.locator(POST.edited(post.id)).isVisible();
          if (negated && marked) return 'the post shows the "Edited" indicator';
          if (!negated && !marked) return 'the post does not show the "Edited" indicator';
          return inRhsToo
            ? editedInRhsProblem(page, post.id, !negated, successful ? typed : undefined)
            : undefined;
        });
      },
    ),
  ),
);

/** "Reply count remains in center channel and is correct". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?reply\s+count\s+remains\s+in\s+(?:the\s+)?(?:center|centre)(?:\s+channel)?\s+and\s+is\s+correct`,
    ),
    async function (this: CasebookWorld) {
      const root = this.memory.latest('thread');
      if (!root?.id) throw new Error('no thread was made in this scenario');
      const expected = String(
        this.memory.all('reply').filter((reply) => reply.details?.root === root.id).length,
      );
      const page = await this.appPage();
      await eventually(this, async () => {
        const shown =
          (await page
            .locator(POST.replyCount(root.id as string))
            .textContent()
            .catch(() => '')) ?? '';
        return shown === expected ? undefined : `the reply count reads "${shown}", not ${expected}`;
      });
    },
  ),
);

/** How long a post must stay to be believed not to disappear (a delete reaches the page well within it). */
const STAYS_MS = 2_000;

/**
 * "Message disappears from center and RHS.", "Message disappears immediately from center and RHS flagged posts",
 * "Post disappears from RHS flagged posts"; and the other polarity "Message does not disappear from center and
 * RHS" (still in both).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?(?:message|post)\s+(disappears|does\s+not\s+disappear)\s+(?:immediately\s+)?from\s+(?:the\s+)?((?:center|centre)(?:\s+channel)?\s+and\s+)?(?:the\s+)?rhs(?:\s+(?:flagged|saved)\s+(?:posts|messages))?`,
    ),
    async function (this: CasebookWorld, verb: string, andCenter: string | null) {
      const { post } = lastActedOn(this);
      const page = await this.appPage();
      if (!(await page.locator(RHS.panel).isVisible())) throw new Error('the RHS is not open');
      // "…from RHS flagged posts" alone says nothing of the center: only the RHS is checked then.
      const inCenter = async () => (andCenter ? page.locator(POST.inCenter(post.id)).count() : 0);
      const inRhs = () =>
        page.locator(`#sidebar-right #searchResult_${post.id}, ${POST.inRhs(post.id)}`).count();
      if (/not/i.test(verb)) {
        // A delete may still be on its way: the post must stay in both places for a while, not just now.
        for (const until = Date.now() + STAYS_MS; Date.now() < until; ) {
          if (andCenter && (await inCenter()) === 0) throw new Error('the post is gone from the center');
          if ((await inRhs()) === 0) throw new Error('the post is gone from the RHS');
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        return;
      }
      await eventually(this, async () => {
        if ((await inCenter()) > 0) return 'the post is still in the center';
        return (await inRhs()) > 0 ? 'the post is still in the RHS' : undefined;
      });
    },
  ),
);

/** How testers call an emoji, by the names Mattermost stores reactions under. */
const EMOJI_NAMES: Record<string, string[]> = {
  'thumbs-up': ['+1', 'thumbsup'],
  'thumbs-down': ['-1', 'thumbsdown'],
  smile: ['smile'],
  heart: ['heart'],
};

/**
 * "Thumbs-up reaction displays as reaction on post", "Reaction is added to the post", "Emoji reaction is added to
 * the post", "Verify new reaction is added to the message": the latest post carries that reaction (by emoji
 * name), or a reaction when the line names no emoji.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:verify\s+(?:that\s+)?)?(?:a\s+|the\s+)?(?:(thumbs[-\s]?up|thumbs[-\s]?down|smile|heart)\s+reaction\s+(?:displays|is\s+displayed|shows|appears)\s+as\s+(?:a\s+)?reaction\s+on|(?:new\s+|emoji\s+)?reaction\s+is\s+added\s+to)\s+(?:the\s+)?(?:post|message)`,
    ),
    async function (this: CasebookWorld, spoken: string | null) {
      const names = spoken ? EMOJI_NAMES[spoken.toLowerCase().replace(/[\s-]+/, '-')] : undefined;
      const post = this.memory.latest('post');
      if (!post?.id) throw new Error('nothing was posted in this scenario');
      const page = await this.appPage();
      const chips = names
        ? names.map((name) => `#postReaction-${post.id}-${cssEscape(name)}`).join(', ')
        : `[id^="postReaction-${post.id}-"]`;
      await eventually(this, async () =>
        (await page.locator(`${POST.inCenter(post.id as string)} :is(${chips})`).count()) > 0
          ? undefined
          : `the post "${post.label}" has no ${names ? `:${names[0]}: ` : ''}reaction`,
      );
    },
  ),
);

/** CSS.escape for the ids of reactions ("+1" is not a valid CSS identifier as it is). */
function cssEscape(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char}`);
}

/** Undefined when the RHS shows post `id` (thread or list) with the "Edited" indicator as `marked` says, and `typed`. */
async function editedInRhsProblem(
  page: Page,
  id: string,
  marked: boolean,
  typed: string | undefined,
): Promise<string | undefined> {
  const shown = page.locator(`${POST.inRhs(id)}, ${POST.inRhsList(id)}`).first();
  if (!(await shown.isVisible())) return 'the post is not shown in the RHS';
  const text = (await shown.locator('.post-message__text').textContent()) ?? '';
  if (typed && text !== typed) return `the post in the RHS reads "${text}", not the edit "${typed}"`;
  const indicator = await shown.locator('.post-edited__indicator').isVisible();
  if (indicator !== marked)
    return `the post in the RHS ${indicator ? 'shows' : 'does not show'} the "Edited" indicator`;
  return undefined;
}
