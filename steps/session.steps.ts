import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { sentence } from './generic/phrase';
import './mattermost';
import { requireBaseUrl } from '../support/config';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { apiGet, type UserInfo } from './mattermost/api';
import { openScenarioChannel } from './mattermost/fixtures';
import { logInThroughUi } from './mattermost/login';
import { logOut } from './mattermost/menus';
import { asUser } from './mattermost/other-user';
import { CHANNEL, LOGIN } from './mattermost/selectors';
import { sessionNameForUser, USER, userNamed } from './mattermost/users';

const LOG_IN = String.raw`(?:log\s?in|login|sign\s?in|signin|log\s+on|logon|log\s+into|log(?=\s+into\s))`;
const ACCOUNT = String.raw`(?:\s+(?:to|into)?\s*(?:the\s+)?(?:test\s+)?user'?s\s+account)?`;
const AND_A_CHANNEL = String.raw`(?:,?\s+and\s+(?:go\s+to|visit|open|view|navigate\s+to)\s+(?:a|any|the)\s+(?:test\s+|public\s+)?channel)?`;
// "Log into webapp or desktop app": the browser is the only app a run drives.
const TO_SERVER = String.raw`(?:\s+(?:to|into|on)\s+(?:a\s+|the\s+|your\s+)?(?:same\s+)?(?:server|mattermost|site|instance|web\s?app|application|app)(?:\s+instance)?(?:\s+or\s+(?:the\s+)?desktop\s+app)?)?`;
const IN_BROWSER = String.raw`(?:\s+(?:using|in|with|from|on|via)\s+(?:a\s+|the\s+|your\s+)?(?:web\s+)?browser)?`;
const ANY_METHOD = String.raw`(?:\s+(?:with|using)\s+(?:any|an?)\s+(?:auth(?:entication)?\s+method|account))?`;
const AS_USER = String.raw`(?:\s+as\s+(${USER}))?`;
const SEPARATE = String.raw`(?:a|another)\s+(?:separate|new|second|different|incognito|private)\s+(?:browser\s+session|browser\s+window|browser|session|window|incognito\s+window)`;

async function logIn(world: CasebookWorld, who: string | null) {
  const session = await world.session();
  await logInThroughUi(session, userNamed(world, who), world.timeouts.navigationMs);
}

/**
 * "Login to a server using a browser", "Log in as user B", "Login as "sysadmin"", "Login and go to a channel"
 * (after a login the app shows a channel: the default one).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`${LOG_IN}${ACCOUNT}${TO_SERVER}${IN_BROWSER}${ANY_METHOD}${AS_USER}${TO_SERVER}${IN_BROWSER}${AND_A_CHANNEL}`,
    ),
    async function (this: CasebookWorld, who: string | null) {
      await logIn(this, who);
    },
  ),
);

/**
 * "Log in with email", "Log in using email / password", "Sign in with an account using email / password": the default user logs in with its email address as the
 * login id (Mattermost accepts a username or an email there).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`${LOG_IN}(?:\s+as\s+(?:the\s+)?(?:test\s+)?user|\s+with\s+an\s+account)?\s+(?:with|using)\s+(?:your\s+|the\s+|an?\s+)?(email|username)(?:\s+address)?(?:\s*\/\s*password|\s+and\s+password)?`,
    ),
    async function (this: CasebookWorld, kind: string) {
      const session = await this.session();
      const user = this.credentials('default');
      const me = await asUser(requireBaseUrl(this.config), user, (client) =>
        client.get<UserInfo>('/api/v4/users/me'),
      );
      const loginId = /email/i.test(kind) ? me.email : me.username;
      await logInThroughUi(session, { ...user, username: loginId }, this.timeouts.navigationMs);
    },
  ),
);

/** "From a separate browser session, login to the same server as the same user". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:from|in|using|open)\s+${SEPARATE},?\s+(?:and\s+)?${LOG_IN}${TO_SERVER}${AS_USER}${TO_SERVER}`,
    ),
    async function (this: CasebookWorld, who: string | null) {
      await this.sessions.openSeparate(this.step.position);
      await logIn(this, who);
    },
  ),
);

/** "Log in as the same user from a separate browser session". */
defineStep(
  ...definition(
    sentence(String.raw`${LOG_IN}${TO_SERVER}${AS_USER}${TO_SERVER}\s+(?:from|in|using)\s+${SEPARATE}`),
    async function (this: CasebookWorld, who: string | null) {
      await this.sessions.openSeparate(this.step.position);
      await logIn(this, who);
    },
  ),
);

/** "Log out", "Logout of the server", "Sign out". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?out|logout|sign\s?out|log\s+off|logoff)(?:\s+(?:of|from)\s+(?:the\s+)?(?:server|mattermost|app|site|account))?`,
    ),
    async function (this: CasebookWorld) {
      await logOut(await this.appPage(), this.timeouts.navigationMs);
    },
  ),
);

/** "Switch to the original session", "Go back to the separate browser". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:switch|go\s+back|return|come\s+back|go)\s+to\s+(?:the\s+)?(original|first|separate|second|other)\s+(?:browser\s+)?(?:session|browser|window)`,
    ),
    async function (this: CasebookWorld, which: string) {
      if (/original|first/i.test(which)) await this.sessions.switchTo('original', this.step.position);
      else {
        const separate = this.sessions.latestSeparate();
        if (!separate) throw new Error('no separate browser session was opened in this scenario');
        await this.sessions.switchTo(separate.name, this.step.position);
      }
    },
  ),
);

/** "Log out and back in (if logged in using username before, use email this time, or vice-versa)". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?out|logout|sign\s?out)\s+and\s+(?:log\s+|sign\s+)?back\s+in(?:\s*\((if\s+logged\s+in\s+using\s+username\s+before,?\s+use\s+email\s+this\s+time,?\s+or\s+vice[\s-]versa)\))?`,
    ),
    async function (this: CasebookWorld, alternate: string | null) {
      const page = await this.appPage();
      const session = await this.session();
      const user = session.user ?? this.credentials('default');
      const me = await apiGet<UserInfo>(session.context, '/api/v4/users/me');
      await logOut(page, this.timeouts.navigationMs);
      const usedEmail = user.username.includes('@');
      const loginId = alternate ? (usedEmail ? me.username : me.email) : user.username;
      await logInThroughUi(
        session,
        { username: loginId, password: user.password },
        this.timeouts.navigationMs,
      );
    },
  ),
);

/**
 * "Mm content loads", "Login page redirects; Mm content loads": the app (a channel) shows, not the login page; and
 * the other polarity "Mm content does not load".
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`((?:the\s+)?login\s+page\s+redirects[;,]?\s+)?(?:the\s+)?(?:mm|mattermost|app)\s+content\s+(?:loads|is\s+loaded|is\s+shown|displays|(does\s+not\s+load|is\s+not\s+(?:loaded|shown)))`,
      ),
      async function (this: CasebookWorld, redirects: string | null, notLoaded: string | null) {
        if (notLoaded) {
          // The other polarity: the app does not come (no channel view), e.g. the login page stays. A login may
          // still be on its way, so "does not load" holds only when no channel view shows in the navigation time.
          const view = (await this.page()).locator(CHANNEL.view);
          const loaded = await view
            .waitFor({ state: 'visible', timeout: this.timeouts.navigationMs })
            .then(() => true)
            .catch(() => false);
          if (loaded) throw new Error('the Mattermost channel view is shown');
          return;
        }
        // "Login page redirects" speaks of a login page the scenario opened: without one there was no redirect.
        const openedLogin = this.memory
          .all('address')
          .some((address) => new URL(address.label).pathname.startsWith('/login'));
        if (redirects && !openedLogin) throw new Error('no step of this scenario opened the login page');
        const page = await this.page();
        await expectVisible(
          page.locator(CHANNEL.view),
          'the Mattermost channel view',
          this.timeouts.navigationMs,
        );
        const path = new URL(page.url()).pathname;
        if (path.startsWith('/login')) throw new Error(`the page is still the login page (${page.url()})`);
      },
    ),
  ),
);

/**
 * "Open a channel", "Go to any channel": the app shows a channel (the current one, else the default one). "View
 * an empty channel (such as a DM channel with a user you've never messaged)": the scenario's own channel, which
 * must show no post. "Open a channel where test user has not posted any message yet": the scenario's own channel.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:open|go\s+to|visit|navigate\s+to|view)\s+(?:a|any|an\s+(empty))\s+(?:test\s+|public\s+)?channel(\s+where\s+(?:the\s+)?(?:test\s+)?user\s+has\s+not\s+posted(?:\s+any\s+(?:messages?|posts?))?(?:\s+yet)?)?`,
    ),
    async function (this: CasebookWorld, empty: string | null, notPostedIn: string | null) {
      const page = await this.appPage();
      // "Open a channel where test user has not posted any message yet": the scenario's fresh channel.
      if (notPostedIn && !empty) {
        await openScenarioChannel(this, await this.session());
        return;
      }
      if (empty) {
        const own = await openScenarioChannel(this, await this.session());
        const posts = await own.locator('#postListContent [data-testid="postView"]').count();
        if (posts > 0) throw new Error(`the channel is not empty: it shows ${posts} posts`);
        return;
      }
      if (await page.locator(CHANNEL.view).isVisible()) return;
      await page.goto('/');
      await expectVisible(page.locator(CHANNEL.view), 'a channel', this.timeouts.navigationMs);
    },
  ),
);

/** "You are logged out and the login screen displays", "Login page is displayed", "Redirected back to login page". */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(?:you\s+are|user\s+is|should\s+be|should\s+successfully\s+be|you're)\s+)?(?:(?:successfully\s+)?logged\s+out(?:\s+of\s+(?:mattermost|the\s+site|the\s+server))?(?:,?\s+and\s+)?)?(?:(?:(?:is\s+)?redirected\s+(?:back\s+)?to\s+(?:the\s+)?login\s+(?:page|screen))|(?:the\s+)?login\s+(?:page|screen)\s+(?:is\s+)?(?:displays?|displayed|shown|appears|opens))`,
      ),
      async function (this: CasebookWorld) {
        const page = await this.page();
        await expectVisible(
          page.locator(LOGIN.loginId).first(),
          'the login page',
          this.timeouts.navigationMs,
        );
      },
    ),
  ),
);

/** "Login is successful", "You are logged in", "User logs in successfully": the app (a channel) shows. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:login\s+is\s+successful|sign-?in\s+is\s+successful|(?:you\s+are|user\s+is)\s+(?:successfully\s+)?logged\s+in|(?:the\s+)?user\s+logs\s+in\s+successfully|you\s+are\s+able\s+to\s+log\s+(?:back\s+)?in)`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.page();
      await expectVisible(
        page.locator(CHANNEL.view),
        'the channel view after logging in',
        this.timeouts.navigationMs,
      );
    },
  ),
);

/**
 * "Switch to User B", "Go back to user A's browser", and "User A:" heading the lines done as that user: the session
 * of that user (opened and logged in if new). A bare "User A" without the colon is a name in a list, not a switch.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:switch|go\s+back|return|come\s+back)\s+to\s+(user\s*[ab12])(?:'s\s+(?:session|browser|window))?|(user\s*[ab12])\s*:)`,
    ),
    async function (this: CasebookWorld, switched: string | null, heading: string | null) {
      const who = (switched ?? heading)!;
      const name = sessionNameForUser(who)!;
      const session = await this.sessions.switchTo(name, this.step.position);
      if (!session.user) await logInThroughUi(session, userNamed(this, who), this.timeouts.navigationMs);
    },
  ),
);
