import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { logInAsNewcomer } from './mattermost/threads/newcomer';
import './mattermost/threads/vocabulary';

/**
 * "Log in as a user with no followed threads": a user of the scenario's own who never took part in a thread,
 * logged in through the login page (the Threads view then has nothing to list).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?in|sign\s?in)\s+as\s+(?:a\s+|an\s+)?(?:new\s+)?user\s+(?:with\s+no|without\s+(?:any\s+)?)\s*(?:followed\s+)?threads`,
    ),
    async function (this: CasebookWorld) {
      await logInAsNewcomer(this);
    },
  ),
);
