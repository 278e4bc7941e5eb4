import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { clickLabel } from './generic/actions';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import { defineAlias } from './generic/vocabulary';
import './mattermost';
import { asAdmin } from './mattermost/console/changes';
import { openUserDetail } from './mattermost/console/user-detail';
import {
  actionNamed,
  canLogIn,
  doRowAction,
  foundUser,
  passwordChange,
  typePasswords,
  USERS,
} from './mattermost/console/users';
import { logInThroughUi } from './mattermost/login';
import { LOGIN } from './mattermost/selectors';
import { USER, userNamed } from './mattermost/users';

// In the Reset password modal the tester's "Save" is its confirm button (labelled "Reset").
defineAlias(['Save', 'Save button'], { css: [`${USERS.resetPasswordModal} button.confirm`] });

const OWN = String.raw`(?:own|your\s+own|my\s+own|your|my|the\s+current)`;

/**
 * "On own user, click drop-down and select Update password", "Click drop-down next to a user and select
 * Deactivate": the row of the logged-in admin (or of the other test user) is searched for in System Console >
 * Users and its action menu used.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:on\s+(${OWN})\s+user,?\s+)?click\s+(?:the\s+)?(?:user\s+)?drop-?down(?:\s+menu)?(\s+next\s+to\s+(?:a|the|another)\s+user)?\s+and\s+select\s+(.+?)`,
    ),
    async function (this: CasebookWorld, own: string | null, other: string | null, words: string) {
      if (!own === !other)
        throw new Error('say whose row: "on own user, click drop-down…" or "…next to a user…"');
      const action = actionNamed(words);
      const page = await asAdmin(this);
      const session = await this.session();
      const user = own ? (session.user ?? this.credentials('admin')) : this.credentials('other');
      await doRowAction(this, page, user, action);
    },
  ),
);

/**
 * "Enter old password and a new password", "Enter incorrect old password and a new password", "Enter correct old
 * password and an invalid new password (…)", "Enter old password, leave new password blank, click Save": the Reset
 * password modal's two fields (and its Save when the line says so).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`enter\s+(?:the\s+|your\s+)?(?:(incorrect|wrong|correct|right)\s+)?(?:old|current)\s+password,?\s+(?:and\s+(?:a|an|the)\s+(invalid\s+|valid\s+)?new\s+password(?:\s*\([^)]*\))?|(?:and\s+)?(leave)\s+(?:the\s+)?new\s+password\s+(?:blank|empty))(?:,?\s+(?:and\s+)?click\s+(save|reset))?`,
    ),
    async function (
      this: CasebookWorld,
      rightness: string | null,
      validity: string | null,
      blank: string | null,
      save: string | null,
    ) {
      const wrong = rightness ? /incorrect|wrong/i.test(rightness) : false;
      const next = blank ? 'blank' : validity && /invalid/i.test(validity) ? 'invalid' : 'valid';
      await typePasswords(this, await this.appPage(), wrong ? 'wrong' : 'right', next);
      if (save) await clickLabel(this, save);
    },
  ),
);

/** "Log out and back in, using old password" / "…using new password" (after a password reset in the console). */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?out|logout|sign\s?out)\s+and\s+(?:log\s+|sign\s+)?back\s+in,?\s+(?:using|with)\s+(?:the\s+)?(old|new|original|previous)\s+password`,
    ),
    async function (this: CasebookWorld, which: string) {
      const change = passwordChange(this);
      const password = /new/i.test(which) ? change.typed : change.old;
      if (!password) throw new Error('no new password was typed in the Reset password modal');
      // The login page of a logged-in session shows the app: logInThroughUi logs out through its menu first.
      await logInThroughUi(await this.session(), { ...change.user, password }, this.timeouts.navigationMs);
    },
  ),
);

type Verdict = { which: 'old' | 'new'; works: boolean };

const worksWord = (word: string) => !/fail|not/i.test(word);

/** The verdicts a password-outcome line states, from the groups of its three forms. */
function verdictsOf(groups: (string | null)[]): Verdict[] {
  const [notA, whichA, which1, verdict1, which2, verdict2, notC] = groups;
  const pick = (which: string) => (/new/i.test(which) ? 'new' : 'old') as Verdict['which'];
  if (whichA) return [{ which: pick(whichA), works: !notA }];
  if (which1 && verdict1) {
    const verdicts = [{ which: pick(which1), works: worksWord(verdict1) }];
    if (which2 && verdict2) verdicts.push({ which: pick(which2), works: worksWord(verdict2) });
    return verdicts;
  }
  // "Password is changed successfully": the new one works and the old one no longer does.
  return [
    { which: 'new', works: !notC },
    { which: 'old', works: Boolean(notC) },
  ];
}

/**
 * "Login is successful using old password", "After logging out, login using old password fails and login using
 * new password is successful", "Password is changed successfully": after a reset in the console, the server is
 * asked to log the user in with each password (a login of its own, not the browser's).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:login\s+is\s+(not\s+)?successful\s+(?:using|with)\s+(?:the\s+)?(old|new)\s+password|(?:after\s+logging\s+out,?\s+)?login\s+using\s+(?:the\s+)?(old|new)\s+password\s+(fails|is\s+successful|is\s+not\s+successful)(?:,?\s+and\s+login\s+using\s+(?:the\s+)?(old|new)\s+password\s+(fails|is\s+successful|is\s+not\s+successful))?|(?:the\s+)?password\s+is\s+(not\s+)?changed\s+successfully)`,
    ),
    async function (this: CasebookWorld, ...groups: (string | null)[]) {
      const change = passwordChange(this);
      for (const { which, works } of verdictsOf(groups.slice(0, 7))) {
        const password = which === 'new' ? change.typed : change.old;
        if (!password) throw new Error('no new password was typed in the Reset password modal');
        const worked = await canLogIn(this, change.user, password);
        if (worked !== works) {
          throw new Error(
            `logging in as ${change.user.username} with the ${which} password ${worked ? 'worked' : 'failed'}`,
          );
        }
      }
    },
  ),
);

/**
 * "User drop-down ➜ Revoke Sessions", "Find the other user you've logged in with multiple sessions ➜ user
 * drop-down ➜ Revoke Sessions": an action of the row found in System Console > Users (or of the user named).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:find\s+(?:the\s+)?(own|other)\s+user[^➜>→]*(?:➜|>|→)\s*)?(?:the\s+)?user(?:'s)?\s+drop-?down(?:\s+menu)?\s*(?:➜|>|→)\s*(.+?)`,
    ),
    async function (this: CasebookWorld, whose: string | null, words: string) {
      const action = actionNamed(words);
      const page = await asAdmin(this);
      const session = await this.session();
      const user = whose
        ? /own/i.test(whose)
          ? (session.user ?? this.credentials('admin'))
          : this.credentials('other')
        : foundUser(this);
      await doRowAction(this, page, user, action);
    },
  ),
);

/**
 * "Log in as system admin on at least two browsers / devices", "Log on as another test user (who you want to
 * revoke sessions for), on multiple browsers / devices (…)": this session and a separate one log in as the user;
 * the scenario goes on in the first.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?in|login|log\s+on|sign\s?in)\s+as\s+(another\s+test\s+user|${USER})(?:\s*\([^)]*\))?,?\s+on\s+(?:at\s+least\s+(?:two|2)|multiple|several|two|2)\s+browsers?\s*(?:\/|or|and)\s*devices?(?:\s*\([^)]*\))?`,
    ),
    async function (this: CasebookWorld, who: string) {
      const user = /another\s+test\s+user/i.test(who) ? this.credentials('other') : userNamed(this, who);
      await logInThroughUi(await this.session(), user, this.timeouts.navigationMs);
      await this.sessions.openSeparate(this.step.position);
      await logInThroughUi(await this.session(), user, this.timeouts.navigationMs);
      await this.sessions.switchTo('original', this.step.position);
    },
  ),
);

/**
 * "Your sessions are all revoked and you are redirected to login page on all instances", "Other users' sessions
 * are all revoked; user is redirected to login page": every browser session of the scenario logged in as the
 * user whose sessions were revoked shows the login page (the web app notices on its next request), and the
 * server knows none of their sessions.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(your|other\s+users?'?s?|the\s+user'?s|their)\s+sessions\s+are\s+(not\s+)?all\s+revoked(?:\s+and|;|,)\s+(?:you\s+are|the\s+user\s+is|user\s+is|they\s+are)\s+(?:not\s+)?redirected\s+to\s+(?:the\s+)?login\s+page(?:\s+on\s+all\s+(?:instances|sessions|browsers|devices))?(?:,?\s+either:?)?`,
    ),
    async function (this: CasebookWorld, whose: string, not: string | null) {
      const user = /your/i.test(whose)
        ? (this.sessions.all()[0]?.user ?? this.credentials('admin'))
        : foundUser(this);
      const theirs = this.sessions.all().filter((session) => session.user?.username === user.username);
      if (theirs.length === 0)
        throw new Error(`no browser session of this scenario logged in as ${user.username}`);
      for (const session of theirs) {
        const login = session.page.locator(LOGIN.loginId).first();
        if (not) {
          await session.page.waitForTimeout(this.timeouts.actionMs);
          if (await login.isVisible()) throw new Error(`a session of ${user.username} shows the login page`);
          continue;
        }
        await login.waitFor({ state: 'visible', timeout: this.timeouts.navigationMs });
      }
    },
  ),
);

/**
 * "Click on a user from the list in User Management ➜ Users to view user configuration page", "In the first column,
 * click on the user name": the other test user's row in System Console > Users opens their User Configuration page.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+the\s+first\s+column,\s+click\s+on\s+the\s+user\s*name|click\s+on\s+a\s+user\s+(?:from|in)\s+the\s+(?:users?\s+)?list(?:\s+in\s+(?:the\s+)?(?:system\s+console\s*(?:➜|>|→)\s*)?user\s+management\s*(?:➜|>|→)\s*users)?(?:\s+to\s+view\s+(?:the\s+|their\s+)?user\s+configuration\s+page)?)`,
    ),
    async function (this: CasebookWorld) {
      const page = await asAdmin(this);
      await openUserDetail(this, page, this.credentials('other'));
    },
  ),
);
