import { defineStep } from '@cucumber/cucumber';
import type { Page } from 'playwright';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { QUOTED, unquote } from './generic/phrase';
import './mattermost';
import { currentUserId, newestShownPost } from './mattermost/posts/authors';
import { eventually } from './mattermost/posts/checks';
import { CHANNEL } from './mattermost/selectors';

/**
 * "The message should match other system message formatting." (after "/me test"), "Message "test" from the current
 * user, properly formatted with lower opacity as in main channel": the newest post (reading the quoted text and
 * the signed-in user's, when the line names them) is drawn as Mattermost draws system messages and /me posts: the
 * post element has `post--system` and its text is lighter (opacity or colour alpha below 0.9).
 */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^\s*(?:(?:the\s+)?message\s+should\s+(not\s+)?match\s+(?:the\s+)?other\s+system\s+messages?(?:'s?)?\s+formatting|(?:the\s+)?message\s+(${QUOTED})\s+from\s+the\s+current\s+user,?\s+(not\s+)?properly\s+formatted\s+with\s+lower\s+opacity(?:\s+as\s+in\s+(?:the\s+)?main\s+channel)?)\s*[.!]?\s*$`,
      'i',
    ),
    async function (
      this: CasebookWorld,
      notMatch: string | null,
      quoted: string | null,
      notFormatted: string | null,
    ) {
      const page = await this.appPage();
      const me = quoted ? await currentUserId(this) : '';
      let id = '';
      await eventually(this, async () => {
        const newest = await newestShownPost(this, page);
        if (!newest) return 'no post is shown in the channel';
        if (quoted && newest.text !== unquote(quoted))
          return `the newest post reads ${JSON.stringify(newest.text)}, not ${JSON.stringify(unquote(quoted))}`;
        if (quoted && newest.userId !== me) return 'the newest post is not from the current user';
        id = newest.id;
        return undefined;
      });
      const look = await systemLook(page, id);
      const shown = look.system && look.alpha < 0.9;
      const seen = `post--system: ${look.system ? 'yes' : 'no'}, text alpha ${look.alpha.toFixed(2)}`;
      if ((notMatch || notFormatted) && shown)
        throw new Error(`the post is drawn as a system message (${seen})`);
      if (!(notMatch || notFormatted) && !shown)
        throw new Error(`the post is not drawn as a system message (${seen})`);
    },
  ),
);

/** Whether the post has Mattermost's system class, and how opaque its text is drawn (opacities × colour alpha). */
async function systemLook(page: Page, id: string): Promise<{ system: boolean; alpha: number }> {
  const post = page.locator(`:is(${CHANNEL.postList}) #post_${id}`);
  const system = ((await post.getAttribute('class')) ?? '').split(/\s+/).includes('post--system');
  const alpha = await post
    .locator('.post-message__text')
    .first()
    .evaluate((text) => {
      const style = getComputedStyle(text);
      const channel = /rgba?\(([^)]+)\)/
        .exec(style.color)?.[1]
        .split(/[ ,/]+/)
        .filter(Boolean)[3];
      let value = channel === undefined ? 1 : Number(channel);
      for (let node: Element | null = text; node; node = node.parentElement)
        value *= Number(getComputedStyle(node).opacity);
      return value;
    });
  return { system, alpha };
}
