import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { sentence } from './generic/phrase';
import './mattermost';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import { apiGet, type UserInfo } from './mattermost/api';
import { logInThroughUi } from './mattermost/login';
import { logOut } from './mattermost/menus';
import { CHANNEL } from './mattermost/selectors';
import { USER, userNamed } from './mattermost/users';

const LOG_IN = String.raw`(?:log\s?in|login|sign\s?in|signin|log\s+on|logon)`;
const TO_SERVER = String.raw`(?:\s+(?:to|into|on)\s+(?:a\s+|the\s+|your\s+)?(?:same\s+)?(?:server|mattermost|site|instance|web\s?app|application|app)(?:\s+instance)?)?`;
const IN_BROWSER = String.raw`(?:\s+(?:using|in|with|from|on|via)\s+(?:a\s+|the\s+|your\s+)?(?:web\s+)?browser)?`;
const ANY_METHOD = String.raw`(?:\s+(?:with|using)\s+(?:any|an?)\s+(?:auth(?:entication)?\s+method|account))?`;
const AS_USER = String.raw`(?:\s+as\s+(${USER}))?`;
const SEPARATE = String.raw`(?:a|another)\s+(?:separate|new|second|different|incognito|private)\s+(?:browser\s+session|browser\s+window|browser|session|window|incognito\s+window)`;

async function logIn(world: CasebookWorld, who: string | null) {
  const session = await world.session();
  await logInThroughUi(session, userNamed(world, who), world.timeouts.navigationMs);
}

/** "Login to a server using a browser", "Log in as user B", "Sign in to Mattermost as the admin". */
defineStep(
  ...definition(
    sentence(String.raw`${LOG_IN}${TO_SERVER}${IN_BROWSER}${ANY_METHOD}${AS_USER}${TO_SERVER}${IN_BROWSER}`),
    async function (this: CasebookWorld, who: string | null) {
      await logIn(this, who);
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

/** "Mm content loads", "Login page redirects; Mm content loads": the app (a channel) shows, not the login page. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:the\s+)?login\s+page\s+redirects[;,]?\s+)?(?:the\s+)?(?:mm|mattermost|app)\s+content\s+(?:loads|is\s+loaded|is\s+shown|displays)`,
    ),
    async function (this: CasebookWorld) {
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
);
