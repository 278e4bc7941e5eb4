import { Before } from '@cucumber/cucumber';
import type { Role } from '../../support/config';
import type { CasebookWorld } from '../../support/world';
import { asUser } from './other-user';
import { readState, restoreState, type UserState } from './user-snapshot';

/**
 * Each scenario starts from the test users' known state. Cases change what belongs to the user, not to the
 * scenario — desktop notification level, mention keys, names, display preferences — through the UI, with generic
 * steps that cannot know what they changed. So the state of each test account is read once per worker, before its
 * first scenario, and put back after every scenario (after the scenario's own cleanups: a changed password is
 * restored first). Without it, a case that sets desktop notifications to Never silenced the next case's.
 */
const ROLES: readonly Role[] = ['default', 'other', 'admin'];

/** By server and username: read once per worker process, before any scenario of it changed anything. */
const known = new Map<string, Promise<UserState | undefined>>();

Before(async function (this: CasebookWorld) {
  const baseUrl = this.config.baseUrl;
  if (!baseUrl) return;
  const users = ROLES.map((role) => this.config.users[role]).filter((u) => u.username && u.password);
  for (const user of users) {
    const key = `${baseUrl} ${user.username}`;
    if (!known.has(key))
      known.set(
        key,
        asUser(baseUrl, user, readState).catch(() => undefined),
      );
    await known.get(key);
  }
  // Registered first, so it runs last among the scenario's cleanups.
  this.onCleanup(async () => {
    for (const user of users) {
      const before = await known.get(`${baseUrl} ${user.username}`);
      if (before) await restoreState(this, baseUrl, user, before);
    }
  });
});
