import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { expectVisible } from './generic/expect';
import { sentence } from './generic/phrase';
import './mattermost';
import { definition } from './generic/define';
import { LOGIN } from './mattermost/selectors';

const EXPIRED = /session (?:has )?expired/i;

/**
 * "Login page shows a message above the login box that the session has expired": the current tab is on the
 * login page, whose warning banner says so and sits above the login id box.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?login\s+(?:page|screen)\s+(?:shows|displays|should\s+show)\s+(?:a\s+|the\s+)?(?:warning\s+)?message\s+above\s+the\s+login\s+(?:box|form|fields?)\s+that\s+(?:the\s+|your\s+)?session\s+(?:has\s+)?expired`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.page();
      const banner = page.locator(LOGIN.expiredBanner).filter({ hasText: EXPIRED });
      // The app finds the session gone on its next request and reloads to the login page: a navigation, so the
      // wait is the navigation's (a loaded machine once took longer than an assertion's 10 s).
      await expectVisible(
        banner,
        'a "session has expired" message on the login page',
        this.timeouts.navigationMs,
      );
      const loginBox = page.locator(LOGIN.loginId).first();
      await expectVisible(loginBox, 'the login box', this.timeouts.expectMs);
      const [bannerBox, inputBox] = [await banner.first().boundingBox(), await loginBox.boundingBox()];
      if (!bannerBox || !inputBox || bannerBox.y + bannerBox.height > inputBox.y) {
        throw new Error('the "session has expired" message is not above the login box');
      }
    },
  ),
);
