import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { openAnotherChannel } from './mattermost/channels';
import { expectPinnedListShown } from './mattermost/direct-messages/pinned';
import { postMessage } from './mattermost/posts';
import { focusAfterReplyArrows, lastActedOn, replyToTargetInRhs } from './mattermost/posts/actions';
import { eventually } from './mattermost/posts/checks';
import { POST, RHS } from './mattermost/posts/selectors';
import { targetPost } from './mattermost/posts/targets';
import {
  centerChannel,
  currentTitle,
  LISTS,
  openSavedList,
  rhsTitle,
  savedInCenter,
  shownIn,
  threadOf,
  toggleSaved,
} from './mattermost/rhs/lists';
import './mattermost/rhs/vocabulary';

/**
 * Reply threads and the RHS lists (pinned and saved messages): the phrases of the rhs area. Old cases say "flag"
 * where Mattermost now says "save" (the flag icon became the save icon, "Flagged Posts" the "Saved messages").
 */

let replies = 0;
const nextReply = () => `casebook rhs reply ${++replies} at ${new Date().toISOString()}`;

/** What the RHS showed when the center last changed channel (for "RHS changes to display pinned posts…"). */
const beforeSwitch = new WeakMap<CasebookWorld, { channel: string; listed: string[]; title?: string }>();

/**
 * "Flag a post", "Click to flag a message", "Save the post", "Unflag the message"; "Make a post `Lazy dog` and
 * flag it": that text posted first, then flagged.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:make\s+a\s+(?:post|message)\s+(${QUOTED})\s+and\s+)?(?:click\s+to\s+)?(flag|save|unflag|unsave)\s+(?:(?:a|the|that|this)\s+)?((?:parent\s+|root\s+)?(?:post|message)|it)(?:\s+in\s+(?:the\s+)?(?:center|centre)(?:\s+channel)?)?`,
    ),
    async function (this: CasebookWorld, text: string | null, verb: string, noun: string) {
      const page = await this.appPage();
      if (text) await postMessage(this, page, unquote(text));
      const post = await targetPost(this, noun === 'it' ? 'post' : noun);
      const saving = !/^un/i.test(verb);
      if ((await savedInCenter(page, post)) === saving)
        throw new Error(`the post "${post.message}" is ${saving ? 'already' : 'not'} saved`);
      await toggleSaved(this, page, post, 'center');
    },
  ),
);

/**
 * "Click the flag icon in the top right corner to display flagged posts in RHS", "Click flag icon to close RHS
 * flagged posts": the "Saved messages" button (once the flag icon next to the search box), which opens the list
 * or closes it when open. A bare "Click Saved posts icon" is the generic click's (with the aliases of
 * mattermost/rhs/vocabulary.ts).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?(?:the\s+)?(?:flag|saved\s+(?:posts?|messages?))\s+icon(?:\s+(?:in\s+the\s+top\s+right(?:\s+corner)?|to\s+the\s+right\s+of\s+the\s+search\s+box))?\s+to\s+(?:(close)|display|open|bring\s+up|show)\s+(?:the\s+)?(?:list\s+of\s+)?(?:rhs\s+)?(?:flagged|saved)\s+(?:posts|messages)(?:\s+(?:in\s+(?:the\s+)?)?rhs)?`,
    ),
    async function (this: CasebookWorld, close: string | null) {
      const page = await this.appPage();
      // "…to close RHS flagged posts" is said of an open list: the tester opened it before.
      if (close) await openSavedList(this, page);
      const wasOpen = (await rhsTitle(page))?.title === 'Saved messages';
      await page.locator(LISTS.savedButton).click();
      await eventually(this, async () => {
        const open = (await rhsTitle(page))?.title === 'Saved messages';
        if (open === wasOpen) return `the Saved messages list did not ${wasOpen ? 'close' : 'open'}`;
        return undefined;
      });
    },
  ),
);

/**
 * "In the RHS click the blue flag icon on the post", "Click the flag icon beside the search result in the RHS to
 * unflag the post": the save icon of the post the RHS list shows (a saved post and the Saved messages list, when
 * the case starts from them without saying so).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+the\s+rhs\s*,?\s*)?click\s+the\s+(?:blue\s+)?flag\s+icon\s+(?:on\s+the\s+post|beside\s+the\s+search\s+result)(?:\s+in\s+the\s+rhs)?(?:\s+to\s+unflag\s+the\s+post)?`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const post = await targetPost(this, 'message');
      if (!(await page.locator(RHS.panel).isVisible())) {
        if (!(await savedInCenter(page, post))) await toggleSaved(this, page, post, 'center');
        await openSavedList(this, page);
      }
      await toggleSaved(this, page, post, 'list');
    },
  ),
);

/**
 * "Flag no longer appears on post in center", "Blue flag displays on / next to message": whether the post the
 * scenario last acted on shows as saved in the center (its save icon reads "remove from saved").
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(?:blue\s+)?flag\s+(no\s+longer\s+)?(appears|displays|shows|does\s+not\s+(?:appear|display|show))\s+(?:on|next\s+to)(?:\s*\/\s*next\s+to)?\s+(?:the\s+)?(?:post|message)(?:\s+in\s+(?:the\s+)?(?:center|centre)(?:\s+channel)?)?`,
      ),
      async function (this: CasebookWorld, noLonger: string | null, verb: string) {
        const expected = !noLonger !== /not/i.test(verb);
        const { post } = lastActedOn(this);
        const page = await this.appPage();
        await eventually(this, async () => {
          if ((await page.locator(POST.inCenter(post.id)).count()) === 0)
            return `the post "${post.message}" is not in the center`;
          const saved = await savedInCenter(page, post);
          return saved === expected ? undefined : `the post ${saved ? 'shows' : 'does not show'} as saved`;
        });
      },
    ),
  ),
);

/**
 * "Click to reply to message, enter comment in RHS", "In right hand sidebar, make a reply post": a reply typed in
 * the RHS thread of the message (opened by its reply arrow when no thread is open).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:click\s+to\s+reply\s+to\s+(?:the\s+)?(?:message|post)\s*,\s*enter\s+(?:a\s+)?(?:comment|reply)\s+in\s+(?:the\s+)?rhs|in\s+(?:the\s+)?right[-\s]hand\s+sidebar\s*,\s*make\s+a\s+reply\s+post)`,
    ),
    async function (this: CasebookWorld) {
      await replyToTargetInRhs(this, nextReply());
    },
  ),
);

/**
 * Where a post of the scenario's thread shows: "Reply is posted in RHS and center", "Reply displays in center,
 * reply is not flagged", "After step 3: Original message appears in RHS pinned list, but reply does not",
 * "Un-pinned post is not displayed in pinned posts RHS", "Unflagged message is not displayed in RHS flagged posts".
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:after\s+step\s+\d+\s*:\s*)?(?:the\s+)?(reply|original\s+message|parent\s+post|root\s+post|un-?(?:pinned|saved|flagged)\s+(?:post|message))\s+(is\s+posted|is\s+not\s+posted|displays|does\s+not\s+display|appears|does\s+not\s+appear|is\s+displayed|is\s+not\s+displayed)\s+in\s+(?:the\s+)?(rhs\s+and\s+(?:the\s+)?(?:center|centre)|(?:center|centre)|rhs\s+(?:pinned|saved|flagged)\s+(?:list|posts|messages)|(?:pinned|saved|flagged)\s+(?:posts|messages)\s+rhs)(?:\s+channel)?(?:\s*,?\s+but\s+(?:the\s+)?(reply)\s+does\s+not|\s*,\s*(?:the\s+)?reply\s+is\s+(not\s+flagged|not\s+saved|flagged|saved))?`,
      ),
      async function (
        this: CasebookWorld,
        subject: string,
        verb: string,
        place: string,
        butNotReply: string | null,
        savedClause: string | null,
      ) {
        // "Un-pinned post": the post the scenario last acted on (un-pinned it); otherwise a post of its thread.
        const acted = /^un/i.test(subject) ? lastActedOn(this).post.id : undefined;
        const thread = acted ? undefined : threadOf(this);
        const id = acted ?? (/reply/i.test(subject) ? thread?.reply : thread?.root) ?? '';
        const page = await this.appPage();
        const expected = !/not/i.test(verb);
        await eventually(this, async () => {
          const shown = await shownIn(page, id, place);
          if (typeof shown === 'string') return shown;
          if (shown !== expected) return `the ${subject} is ${shown ? '' : 'not '}shown in the ${place}`;
          if (butNotReply && thread && (await shownIn(page, thread.reply, place)) === true)
            return `the reply is shown in the ${place}`;
          if (savedClause && thread) {
            const saved = await savedInCenter(page, {
              id: thread.reply,
              channel_id: '',
              root_id: '',
              message: '',
            });
            if (saved === /not/i.test(savedClause)) return `the reply is ${saved ? '' : 'not '}saved`;
          }
          return undefined;
        });
      },
    ),
  ),
);
/**
 * "Click the name of a different channel in the LHS", "In LHS, click a different channel to open it in center
 * channel": another channel of the sidebar opens in the center; what the RHS showed before is noted.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+(?:the\s+)?lhs\s*,\s*click\s+(?:on\s+)?a\s+different\s+channel(?:\s+to\s+open\s+it\s+in\s+(?:the\s+)?(?:center|centre)(?:\s+channel)?)?|click\s+(?:on\s+)?the\s+name\s+of\s+a\s+different\s+channel\s+in\s+the\s+lhs)`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const listed = await page
        .locator(LISTS.items)
        .evaluateAll((items) => items.map((item) => item.id.replace(/^searchResult_/, '')));
      const title = (await rhsTitle(page))?.title;
      beforeSwitch.set(this, { channel: await centerChannel(page), listed, title });
      await openAnotherChannel(page, this.timeouts.navigationMs);
    },
  ),
);

/**
 * "RHS changes to display pinned posts for the channel that is now displaying in the center", and the older
 * behaviour "RHS does not change; pinned posts from previous channel still display": after the center changed
 * channel, the RHS pinned list names the channel now in the center and lists none of the previous one's posts.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?rhs\s+(changes|does\s+not\s+change)(?:\s+to\s+display\s+(?:the\s+)?pinned\s+(?:posts|messages)\s+for\s+the\s+channel\s+that\s+is\s+now\s+(?:displaying|displayed|shown)\s+in\s+the\s+(?:center|centre)|\s*;\s*pinned\s+(?:posts|messages)\s+from\s+(?:the\s+)?previous\s+channel\s+still\s+display)`,
      ),
      async function (this: CasebookWorld, verb: string) {
        const before = beforeSwitch.get(this);
        if (!before) throw new Error('the center did not change channel in this scenario');
        if (before.title !== 'Pinned messages')
          throw new Error('the RHS did not show the pinned messages before the channel changed');
        const changes = !/not/i.test(verb);
        const page = await this.appPage();
        await eventually(this, async () => {
          const now = await rhsTitle(page);
          if (now?.title !== 'Pinned messages') return 'the RHS does not show pinned messages';
          const center = await centerChannel(page);
          const listed = await page
            .locator(LISTS.items)
            .evaluateAll((items) => items.map((item) => item.id.replace(/^searchResult_/, '')));
          const previousShown = before.listed.length > 0 && before.listed.every((id) => listed.includes(id));
          const follows = now.channel === center && !before.listed.some((id) => listed.includes(id));
          if (changes && !follows)
            return `the pinned list is of "${now.channel}" (center: "${center}")${previousShown ? " and still lists the previous channel's posts" : ''}`;
          if (!changes && (follows || !previousShown))
            return `the pinned list changed to "${now.channel}" and no longer lists "${before.channel}"'s posts`;
          return undefined;
        });
      },
    ),
  ),
);

/**
 * "Message displays in RHS with correct title" (after pinning it), 'RHS title displays as "Pinned Posts" and
 * "[channel name]"': the pinned list in the RHS under its title and the channel's name. Old titles ("Pinned
 * Posts", "Flagged Posts") are read as the ones Mattermost shows now.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(?:the\s+)?(?:pinned\s+)?(?:message|post)\s+(displays|is\s+displayed|shows|appears|does\s+not\s+(?:display|show|appear)|is\s+not\s+displayed)\s+in\s+(?:the\s+)?RHS,?\s+with\s+(?:the\s+)?correct\s+title|(?:the\s+)?rhs\s+title\s+(displays|does\s+not\s+display|is|is\s+not|shows|does\s+not\s+show)\s+(?:as\s+)?(${QUOTED})(?:\s+and\s+(${QUOTED}))?)`,
      ),
      async function (
        this: CasebookWorld,
        shown: string | null,
        verb: string | null,
        title: string | null,
        second: string | null,
      ) {
        if (!title) {
          if (!/not/i.test(shown ?? '')) return expectPinnedListShown(this);
          const listed = await expectPinnedListShown(this).then(
            () => true,
            () => false,
          );
          if (listed) throw new Error('the pinned message is shown in the RHS under the correct title');
          return;
        }
        const page = await this.appPage();
        const negated = /not/i.test(verb ?? '');
        const wanted = currentTitle(unquote(title));
        const channelPart = second ? unquote(second) : undefined;
        await eventually(this, async () => {
          const shown = await rhsTitle(page);
          if (!shown) return 'the RHS is not open';
          const channel = channelPart === '[channel name]' ? await centerChannel(page) : channelPart;
          const matches = shown.title === wanted && (channel === undefined || shown.channel === channel);
          if (matches !== negated) return undefined;
          return `the RHS title is "${shown.title}"${shown.channel ? ` with "${shown.channel}"` : ''}${negated ? '' : `, not "${wanted}"${channel ? ` with "${channel}"` : ''}`}`;
        });
      },
    ),
  ),
);

/**
 * The "Pinned" badge (Mattermost's `.post-pre-header`) of the post the scenario last acted on: "Message has Pinned
 * badge in center channel (but not RHS)" (not on the RHS pinned list), "Pinned badge is removed from message in
 * both center and RHS", "Pinned badge returns on message in both center and RHS" (the thread or the list in the RHS).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:after\s+step\s+\d+\s*:\s*)?(?:(?:the\s+)?(?:message|post)\s+(has|does\s+not\s+have)\s+(?:a\s+|the\s+)?pinned\s+badge\s+in\s+(?:the\s+)?(?:center|centre)(?:\s+channel)?(\s*\(but\s+not\s+(?:in\s+)?(?:the\s+)?rhs\))?|(?:the\s+)?pinned\s+badge\s+(is\s+removed|is\s+not\s+removed|returns|does\s+not\s+return)\s+(?:(?:from|on)\s+(?:the\s+)?(?:message|post)\s+)?in\s+both\s+(?:the\s+)?(?:center|centre)\s+and\s+(?:the\s+)?rhs)`,
      ),
      async function (
        this: CasebookWorld,
        has: string | null,
        butNotRhs: string | null,
        change: string | null,
      ) {
        const { post } = lastActedOn(this);
        const page = await this.appPage();
        const pinned = has
          ? !/not/i.test(has)
          : /returns|not\s+removed/i.test(change ?? '') && !/does\s+not/i.test(change ?? '');
        // The RHS shows the post in its thread or in a list (saved, pinned, search results).
        const inRhs = `:is(${POST.inRhs(post.id)}, ${LISTS.item(post.id)})`;
        const places = has ? [POST.inCenter(post.id)] : [POST.inCenter(post.id), inRhs];
        await eventually(this, async () => {
          for (const place of places) {
            const element = page.locator(place);
            if ((await element.count()) === 0) return `the post is not shown (${place})`;
            const badge =
              (await element
                .locator(POST.preHeader)
                .filter({ hasText: /^Pinned$/ })
                .count()) > 0;
            if (badge !== pinned)
              return `the post ${badge ? 'has' : 'does not have'} the Pinned badge (${place})`;
          }
          if (butNotRhs) {
            const listed = page.locator(LISTS.item(post.id));
            if ((await listed.count()) === 0) return 'the post is not in the RHS list';
            if ((await listed.locator(POST.preHeader).count()) > 0)
              return 'the post has the Pinned badge in the RHS';
          }
          return undefined;
        });
      },
    ),
  ),
);

/**
 * "RHS textbox is focused the first time Reply arrow is clicked", "RHS textbox is again focused the second time,
 * when already open", "Focus to remain in the RHS text box", "Observe focus is still in RHS reply box": the RHS
 * reply box has the focus now, or had it right after that click of a reply arrow.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(?:observe\s+)?(?:the\s+)?focus\s+(?:to\s+remain|remains|is\s+still|is)\s+(not\s+)?in\s+(?:the\s+)?rhs\s+(?:text\s*box|reply\s+box)|(?:the\s+)?rhs\s+(?:text\s*box|reply\s+box)\s+is\s+(not\s+)?(?:again\s+)?focused\s+the\s+(first|second|third)\s+time(?:\s+(?:the\s+)?reply\s+arrow\s+is\s+clicked|\s*,?\s+when\s+already\s+open)?)`,
      ),
      async function (
        this: CasebookWorld,
        notNow: string | null,
        notThen: string | null,
        nth: string | null,
      ) {
        const page = await this.appPage();
        if (nth) {
          const index = ['first', 'second', 'third'].indexOf(nth.toLowerCase());
          const history = focusAfterReplyArrows(this);
          if (history.length <= index)
            throw new Error(
              `a reply arrow was clicked ${history.length} time(s) in this scenario, not a ${nth} time`,
            );
          if (history[index] === Boolean(notThen))
            throw new Error(
              `the RHS reply box ${history[index] ? 'had' : 'did not have'} the focus after the ${nth} click`,
            );
          return;
        }
        await expectVisible(page.locator(RHS.replyBox), 'the reply box of the RHS', this.timeouts.expectMs);
        const focused = () => page.locator(RHS.replyBox).evaluate((box) => box === document.activeElement);
        await eventually(this, async () =>
          (await focused()) !== Boolean(notNow)
            ? undefined
            : `the RHS reply box ${notNow ? 'has' : 'does not have'} the focus`,
        );
      },
    ),
  ),
);
