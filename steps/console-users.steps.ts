import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import { defineAlias } from './generic/vocabulary';
import './mattermost';
import { asAdmin } from './mattermost/console/changes';
import {
  actionNamed,
  canLogIn,
  passwordChange,
  pickRowAction,
  rowOf,
  startPasswordChange,
  typePasswords,
  USERS,
} from './mattermost/console/users';
import { logInThroughUi } from './mattermost/login';

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
      const row = await rowOf(page, user.username, this.timeouts.actionMs);
      if (action === 'Reset password') startPasswordChange(this, user);
      await pickRowAction(row, action, this.timeouts.actionMs);
    },
  ),
);

/**
 * "Enter old password and a new password", "Enter incorrect old password and a new password", "Enter correct old
 * password and an invalid new password (…)": the Reset password modal's two fields.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`enter\s+(?:the\s+|your\s+)?(?:(incorrect|wrong|correct|right)\s+)?(?:old|current)\s+password,?\s+and\s+(?:a|an|the)\s+(invalid\s+|valid\s+)?new\s+password(?:\s*\([^)]*\))?`,
    ),
    async function (this: CasebookWorld, rightness: string | null, validity: string | null) {
      const wrong = rightness ? /incorrect|wrong/i.test(rightness) : false;
      const invalid = validity ? /invalid/i.test(validity) : false;
      await typePasswords(
        this,
        await this.appPage(),
        wrong ? 'wrong' : 'right',
        invalid ? 'invalid' : 'valid',
      );
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
