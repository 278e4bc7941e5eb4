import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import { memberToPromote, pickRole } from './mattermost/team-members/modal';
import { signInAsTeamAdmin } from './mattermost/teams/actions';
import './mattermost/team-members/vocabulary';

/**
 * "Log in to an account with Team Admin privileges but not System Admin" (MM-T3091, MM-T2334): the test user,
 * a team admin of the scenario's own team.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`log\s*in\s+(?:to|with|as)\s+an\s+account\s+with\s+team\s+admin\s+(?:privileges|permissions|role)\s+but\s+not\s+system\s+admin`,
    ),
    async function (this: CasebookWorld) {
      await signInAsTeamAdmin(this);
    },
  ),
);

/**
 * "Click Make Team Admin in drop-down next to a username to promote a member to a Team Admin" (MM-T3091,
 * MM-T2334), "Use drop-down to change user to a team admin" (MM-T2331): in the open members modal, the other
 * test user's role drop-down → Make Team Admin.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:click\s+make\s+team\s+admin\s+in\s+(?:the\s+)?drop-?down\s+next\s+to\s+a\s+username(?:\s+to\s+promote\s+a\s+member\s+to\s+a\s+team\s+admin)?|use\s+(?:the\s+)?drop-?down\s+to\s+change\s+(?:the\s+)?user\s+to\s+a\s+team\s+admin)`,
    ),
    async function (this: CasebookWorld) {
      await pickRole(this, await this.appPage(), memberToPromote(this), 'Make Team Admin');
    },
  ),
);
