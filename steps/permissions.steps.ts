import { defineStep } from '@cucumber/cucumber';
import { requireBaseUrl } from '../support/config';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { openScenarioChannel, scenarioChannel } from './mattermost/fixtures';
import { asUser } from './mattermost/other-user';
import { openDotMenu } from './mattermost/posts/actions';
import { POST } from './mattermost/posts/selectors';
import { type PostRecord, rememberPost, targetPost } from './mattermost/posts/targets';

/**
 * What a role may do, seen from the post a permission case looks at: a post of another member (the other test
 * user, who is not a system admin) in the scenario's channel, and its "[...]" menu, whose items follow what the
 * server lets the viewer do (edit_others_posts, delete_others_posts).
 */

let othersPosts = 0;

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
