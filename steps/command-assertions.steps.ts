import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { sentPosts } from './mattermost/posts';
import { currentUserId, newestShownPost } from './mattermost/posts/authors';
import { eventually } from './mattermost/posts/checks';

/**
 * What a slash command posted: "Message "test" from the current user" (/me), "Self posted message "test"
 * returned in 3 seconds" (/echo with a delay). The newest post must read the quoted text as rendered and be the
 * signed-in user's (by its author over REST); a delay is checked against the time the post took to show after
 * Enter (at least a second less than said, at most two more), so an immediate post does not pass for a delayed one.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(self[\s-]posted\s+)?(?:the\s+)?message\s+(${QUOTED})\s+(?:(?:is\s+)?(?:posted\s+)?from\s+(?:the\s+current\s+user|you|yourself)|(?:is\s+)?returned\s+(?:after|in)\s+(\d+)\s+seconds?)`,
      ),
      async function (
        this: CasebookWorld,
        selfPosted: string | null,
        quoted: string,
        seconds: string | null,
      ) {
        if (seconds && !selfPosted) throw new Error('a delayed message must say whose it is ("Self posted")');
        const page = await this.appPage();
        const text = unquote(quoted);
        const me = await currentUserId(this);
        await eventually(this, async () => {
          const newest = await newestShownPost(this, page);
          if (!newest) return 'no post is shown in the channel';
          if (newest.text !== text)
            return `the newest post reads ${JSON.stringify(newest.text)}, not ${JSON.stringify(text)}`;
          return newest.userId === me ? undefined : 'the newest post is not from the current user';
        });
        if (!seconds) return;
        const last = sentPosts(this).at(-1);
        if (!last || Number.isNaN(last.shownAfterMs))
          throw new Error('no message was sent and timed before this line');
        const wantedMs = Number(seconds) * 1000;
        if (last.shownAfterMs < wantedMs - 1000 || last.shownAfterMs > wantedMs + 2000) {
          throw new Error(
            `the message showed ${(last.shownAfterMs / 1000).toFixed(1)} s after it was sent, not ${seconds} s`,
          );
        }
      },
    ),
  ),
);
