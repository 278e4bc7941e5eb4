import { defineStep } from '@cucumber/cucumber';
import type { Credentials } from '../support/config';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { apiGet, type UserInfo } from './mattermost/api';
import { asUser } from './mattermost/other-user';
import { eventually } from './mattermost/posts/checks';
import { fillField, freshValue, typedInto } from './mattermost/profile';
import { openSection, shownError } from './mattermost/sections';

type Me = UserInfo & { last_password_update: number };

const before = new WeakMap<CasebookWorld, number>();

/** Sets the password back when the scenario changed it (when it did not, `changed` cannot log in: nothing to do). */
async function restorePassword(baseUrl: string, changed: Credentials, original: string): Promise<void> {
  try {
    await asUser(baseUrl, changed, async (client) => {
      const me = await client.get<Me>('/api/v4/users/me');
      await client.send('PUT', `/api/v4/users/${me.id}/password`, {
        current_password: changed.password,
        new_password: original,
      });
    });
  } catch (error) {
    if (!/could not log in/.test((error as Error).message)) throw error;
  }
}

/** Remembers when the password last changed, to tell later whether a step changed it. */
async function rememberPasswordStamp(world: CasebookWorld): Promise<void> {
  if (before.has(world)) return;
  const me = await apiGet<Me>((await world.session()).context, '/api/v4/users/me');
  before.set(world, me.last_password_update);
}

/** "Enter Current password": the password the current user logged in with. */
defineStep(
  ...definition(
    sentence(String.raw`(?:enter|type)\s+(?:your\s+|the\s+)?current\s+password`),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const user = (await this.session()).user ?? this.credentials('default');
      await rememberPasswordStamp(this);
      await fillField(this, page, 'Current Password', user.password);
    },
  ),
);

/**
 * "Enter New password": a new, valid password. If the scenario saves it, the old password is restored
 * afterwards, so later scenarios can still log in.
 */
defineStep(
  ...definition(
    sentence(String.raw`(?:enter|type)\s+(?:a\s+|the\s+)?new\s+password`),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      await rememberPasswordStamp(this);
      const session = await this.session();
      const old = session.user ?? this.credentials('default');
      const fresh = `${freshValue('Case')}-9`;
      await fillField(this, page, 'New Password', fresh);
      // Restored with a client of its own: the scenario may have logged this session out by then.
      this.onCleanup(() =>
        restorePassword(this.config.baseUrl, { username: old.username, password: fresh }, old.password),
      );
    },
  ),
);

/** "Retype New password", "Retype New password incorrectly". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:retype|re-type|re-enter|reenter|confirm)\s+(?:the\s+)?new\s+password(\s+incorrectly)?`,
    ),
    async function (this: CasebookWorld, incorrectly: string | null) {
      const fresh = typedInto(this, 'New Password');
      await fillField(this, await this.appPage(), 'Retype New Password', incorrectly ? `${fresh}x` : fresh);
    },
  ),
);

/**
 * "Password is not updated.", its other polarity "Password is updated", and "UI accepts changes" (after a password
 * change): whether the server recorded a new password since the change started (the server's
 * last_password_update); accepted also means no error and the section closed (a section that was never opened is
 * also closed, so the close alone proves nothing).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:the\s+)?password\s+(?:is|was)\s+(not\s+)?(?:updated|changed|saved)|(?:the\s+)?ui\s+(accepts|does\s+not\s+accept)\s+(?:the\s+)?changes?)`,
    ),
    async function (this: CasebookWorld, notUpdated: string | null, accepts: string | null) {
      const wanted = accepts ? !/not/i.test(accepts) : !notUpdated;
      if (!before.has(this)) throw new Error('no password change was started in this scenario');
      if (accepts && wanted) {
        const page = await this.appPage();
        const error = await shownError(page);
        if (error) throw new Error(`the settings show an error: "${error}"`);
        await openSection(page).waitFor({ state: 'detached', timeout: this.timeouts.expectMs });
      }
      const context = (await this.session()).context;
      const updated = async () =>
        (await apiGet<Me>(context, '/api/v4/users/me')).last_password_update !== before.get(this);
      if (!wanted && (await updated())) throw new Error('the password was updated');
      // A save may still be on its way to the server.
      if (wanted)
        await eventually(this, async () =>
          (await updated()) ? undefined : 'the password change was not saved',
        );
    },
  ),
);
