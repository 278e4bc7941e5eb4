import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { sentence } from './generic/phrase';
import './mattermost';
import { logInThroughUi } from './mattermost/login';
import { logOut } from './mattermost/menus';
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
  sentence(String.raw`${LOG_IN}${TO_SERVER}${IN_BROWSER}${ANY_METHOD}${AS_USER}${TO_SERVER}${IN_BROWSER}`),
  async function (this: CasebookWorld, who: string | null) {
    await logIn(this, who);
  },
);

/** "From a separate browser session, login to the same server as the same user". */
defineStep(
  sentence(
    String.raw`(?:from|in|using|open)\s+${SEPARATE},?\s+(?:and\s+)?${LOG_IN}${TO_SERVER}${AS_USER}${TO_SERVER}`,
  ),
  async function (this: CasebookWorld, who: string | null) {
    await this.sessions.openSeparate(this.step.position);
    await logIn(this, who);
  },
);

/** "Log in as the same user from a separate browser session". */
defineStep(
  sentence(String.raw`${LOG_IN}${TO_SERVER}${AS_USER}${TO_SERVER}\s+(?:from|in|using)\s+${SEPARATE}`),
  async function (this: CasebookWorld, who: string | null) {
    await this.sessions.openSeparate(this.step.position);
    await logIn(this, who);
  },
);

/** "Log out", "Logout of the server", "Sign out". */
defineStep(
  sentence(
    String.raw`(?:log\s?out|logout|sign\s?out|log\s+off|logoff)(?:\s+(?:of|from)\s+(?:the\s+)?(?:server|mattermost|app|site|account))?`,
  ),
  async function (this: CasebookWorld) {
    await logOut(await this.page(), this.timeouts.navigationMs);
  },
);

/** "Switch to the original session", "Go back to the separate browser". */
defineStep(
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
);
