import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { dismissBanner, ensureDismissibleBanner } from './mattermost/console/banner';
import { logInThroughUi } from './mattermost/login';
import { logOut } from './mattermost/menus';

/**
 * "Dismiss the banner", "Dismiss banner", "Having dismissed a banner, log out and log back in": the announcement
 * banner's X (a dismissible banner is set up when the server shows none), optionally followed by a new login.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:having\s+)?dismiss(?:ed)?\s+(?:a\s+|an\s+|the\s+)?(?:announcement\s+)?banner(,?\s+(?:then\s+)?(?:log\s?out|logout|sign\s?out)\s+and\s+(?:log\s+|sign\s+)?back\s+in)?`,
    ),
    async function (this: CasebookWorld, logBackIn: string | null) {
      const page = await this.appPage();
      await ensureDismissibleBanner(this, page);
      await dismissBanner(page, this.timeouts.actionMs);
      if (!logBackIn) return;
      const session = await this.session();
      const user = session.user ?? this.credentials('default');
      await logOut(page, this.timeouts.navigationMs);
      await logInThroughUi(session, user, this.timeouts.navigationMs);
    },
  ),
);
