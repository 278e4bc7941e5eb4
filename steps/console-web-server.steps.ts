import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { checkDmRedirectAfterLogin } from './mattermost/console/login-redirect';

const LOG_IN = String.raw`(?:log\s?in|sign\s?in)`;
const LOG_OUT = String.raw`(?:log\s?out|sign\s?out)`;

/**
 * "Copy the URL of a DM channel, log out, paste the URL and open. Log in, verify you are redirected to that
 * channel" (Environment > Web Server subpath cases): a signed-out visit to a DM's address goes through the login
 * page and back to that DM.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`copy\s+the\s+url\s+of\s+a\s+(?:dm|direct\s+message)\s+channel,?\s+${LOG_OUT},?\s+paste\s+the\s+url\s+and\s+open\.?\s+${LOG_IN},?\s+(?:and\s+)?verify\s+(?:that\s+)?you\s+are\s+redirected\s+to\s+that\s+channel`,
    ),
    async function (this: CasebookWorld) {
      await checkDmRedirectAfterLogin(this);
    },
  ),
);
