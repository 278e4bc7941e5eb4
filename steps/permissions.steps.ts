import { defineStep } from '@cucumber/cucumber';
import { requireBaseUrl } from '../support/config';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { sentence } from './generic/phrase';
import './mattermost';
import { apiGet, type UserInfo } from './mattermost/api';
import { openScenarioChannel, scenarioChannel } from './mattermost/fixtures';
import { asUser } from './mattermost/other-user';
import { lastActedOn, menuItemName, openDotMenu } from './mattermost/posts/actions';
import { eventually, serverPost } from './mattermost/posts/checks';
import { POST } from './mattermost/posts/selectors';
import { type PostRecord, rememberPost, seedPost, targetPost } from './mattermost/posts/targets';

/**
 * What a role may do, seen from the post a permission case looks at: a post of another member (the other test
 * user, who is not a system admin) in the scenario's channel, and its "[...]" menu, whose items follow what the
 * server lets the viewer do (edit_others_posts, delete_others_posts).
 */

let othersPosts = 0;
let ownPosts = 0;

/** Items of the post's "[...]" menu ("Post extra options") a line may click by name. */
const POST_ITEM = String.raw`delete|edit|reply|copy\s+link|copy\s+text|mark\s+as\s+unread|pin\s+to\s+channel|un-?pin\s+from\s+channel`;

/** Before "X did not happen" is believed: the click before it may still be landing on a loaded machine. */
const SETTLE_MS = 1_500;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/**
 * "Open a channel and locate a post made by another team member", "Login as test user and locate a post made by
 * another member of TeamB": the other test user posts in the scenario's channel (through the REST API, as
 * themself) and the post is on screen. A named team is the one both test users share.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:open\s+a\s+channel,?\s+and\s+|log\s?in\s+as\s+(?:the\s+)?test\s+user,?\s+and\s+)?locate\s+a\s+(?:post|message)\s+(?:made|posted|written)\s+by\s+(?:an)?other\s+(?:team\s+)?(?:member|user)(?:\s+of\s+(?:the\s+)?team\s*\w+)?`,
    ),
    async function (this: CasebookWorld) {
      await this.appPage();
      const session = await this.session();
      const channel = await scenarioChannel(this, session);
      const page = await openScenarioChannel(this, session);
      const other = this.credentials('other');
      if (other.username === session.user?.username)
        throw new Error('the other test user is the one logged in');
      const message = `casebook post by ${other.username} ${++othersPosts} at ${new Date().toISOString()}`;
      const post = await asUser(requireBaseUrl(this.config), other, (client) =>
        client.send<PostRecord>('POST', '/api/v4/posts', { channel_id: channel.id, message }),
      );
      await page
        .locator(POST.inCenter(post.id))
        .waitFor({ state: 'visible', timeout: this.timeouts.expectMs });
      rememberPost(this, post);
    },
  ),
);

/**
 * "Click on the [...] icon to open the options for the post", "Click the ... menu and note the options
 * available": the "[...]" menu of the post the scenario is looking at, left open for the lines that read it.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?(?:the\s+)?(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…|dot)\s*(?:icon|menu|button)?\s+(?:to\s+open\s+the\s+options\s+for\s+the\s+(?:post|message)|and\s+note\s+the\s+options\s+available)`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const post = await targetPost(this, 'post');
      await openDotMenu(this, page, post, 'center');
    },
  ),
);

/**
 * "Open a channel and locate a post you have made", "Login as test user and locate a or create a post in any
 * channel": the test user's own post, made through the REST API in the scenario's channel, on screen.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:open\s+a\s+channel,?\s+and\s+|log\s?in\s+as\s+(?:the\s+)?test\s+user,?\s+and\s+)?locate\s+(?:a\s+or\s+create\s+)?a\s+(?:post|message)\s+(?:(?:that\s+)?you\s+(?:have\s+)?(?:made|posted|written|wrote)|in\s+any\s+channel)`,
    ),
    async function (this: CasebookWorld) {
      await this.appPage();
      const session = await this.session();
      const page = await openScenarioChannel(this, session);
      await seedPost(this, page, `casebook own post ${++ownPosts} at ${new Date().toISOString()}`);
    },
  ),
);

/**
 * "Click Delete from the menu": an item of the "[...]" menu a previous line opened on the post the scenario is
 * looking at (opened here when it is closed).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:click|select|choose)\s+(?:on\s+)?(${POST_ITEM})\s+(?:from|in|on)\s+the\s+(?:post\s+|dot\s+|context\s+|\[\.\.\.\]\s+)?menu`,
    ),
    async function (this: CasebookWorld, item: string) {
      const page = await this.appPage();
      let menu = page.getByRole('menu', { name: POST.dotMenuName });
      if (!(await menu.isVisible())) menu = await openDotMenu(this, page, lastActedOn(this).post, 'center');
      const entry = menu.getByRole('menuitem', { name: menuItemName(item) });
      await expectVisible(entry, `"${item}" in the "Post extra options" menu`, this.timeouts.expectMs);
      await entry.click();
    },
  ),
);

/**
 * "Delete is available in the menu and a user can delete one of their posts", "… can delete posts from another
 * user": the post whose menu the scenario used is gone from the channel and from the server, and its author is
 * who the line says. Negated ("is not available"): the post is still there.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`delete\s+is\s+(not\s+)?available\s+in\s+the\s+(?:post\s+|dot\s+|context\s+)?menu\s+and\s+(?:a|the)\s+user\s+can\s+delete\s+(one\s+of\s+their\s+(?:own\s+)?posts|posts?\s+from\s+(?:an)?other\s+users?)`,
    ),
    async function (this: CasebookWorld, not: string | null, whose: string) {
      const page = await this.appPage();
      const post = lastActedOn(this).post as PostRecord & { user_id?: string };
      const me = await apiGet<UserInfo>(page.context(), '/api/v4/users/me');
      const own = /their/i.test(whose);
      if (post.user_id && (post.user_id === me.id) !== own)
        throw new Error(`the post "${post.message}" is ${own ? "another user's" : 'your own'}`);
      const gone = async () =>
        (await page.locator(POST.inCenter(post.id)).count()) === 0 &&
        (await serverPost(page, post.id)) === undefined;
      if (not) {
        await settle();
        if (await gone()) throw new Error(`the post "${post.message}" was deleted`);
        return;
      }
      await eventually(this, async () =>
        (await gone()) ? undefined : `the post "${post.message}" is still there`,
      );
    },
  ),
);
