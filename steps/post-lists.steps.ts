import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { lastActedOn } from './mattermost/posts/actions';
import { eventually } from './mattermost/posts/checks';
import { pinnedBadgeProblem } from './mattermost/posts/lists';

/**
 * "After step 2: Post appears in Saved posts list, and displays Pinned badge", "Post still appears in Saved
 * posts list, and Pinned badge is removed in both center and RHS", "Post appears in RHS search results,
 * displays Pinned badge": the post the scenario acted on is listed in the RHS, with or without its "Pinned"
 * pre-header (and, "in both center and RHS", in the center too).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?post\s+(?:still\s+)?appears\s+in\s+(?:the\s+)?(?:rhs\s+search\s+results|search\s+results(?:\s+rhs)?|saved\s+(?:posts|messages)(?:\s+list)?|pinned\s+(?:posts|messages)(?:\s+list)?)\s*,?\s*(?:and\s+|but\s+)?(?:(?:displays|shows)\s+(?:the\s+)?pinned\s+badge|(?:the\s+)?pinned\s+badge\s+is\s+(removed)(\s+in\s+both\s+(?:the\s+)?(?:center|centre)\s+and\s+(?:the\s+)?rhs)?)`,
      ),
      async function (this: CasebookWorld, removed: string | null, both: string | null) {
        const { post } = lastActedOn(this);
        const page = await this.appPage();
        await eventually(this, () => pinnedBadgeProblem(page, post.id, !removed, Boolean(both)));
      },
    ),
  ),
);
