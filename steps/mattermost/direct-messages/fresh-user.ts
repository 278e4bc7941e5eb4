import { randomBytes } from 'node:crypto';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';

export interface FreshUser {
  id: string;
  username: string;
  password: string;
}

/**
 * A user of the scenario's own, made by the admin through the REST API (`POST /api/v4/users`, Client4
 * createUser) on no team, and deactivated after the scenario: someone no other scenario talks to, so a DM or GM
 * with them holds only this scenario's posts.
 */
export async function freshUser(world: CasebookWorld): Promise<FreshUser> {
  const baseUrl = requireBaseUrl(world.config);
  const admin = world.credentials('admin');
  const username = `cb-${randomBytes(4).toString('hex')}`;
  const password = `Cb-${randomBytes(9).toString('base64url')}`;
  const made = await asUser(baseUrl, admin, (client) =>
    client.send<{ id: string }>('POST', '/api/v4/users', {
      username,
      password,
      email: `${username}@casebook.example.com`,
    }),
  );
  world.onCleanup(() =>
    asUser(baseUrl, admin, (client) =>
      client.send('PUT', `/api/v4/users/${made.id}/active`, { active: false }),
    ),
  );
  return { id: made.id, username, password };
}
