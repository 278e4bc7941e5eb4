import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { freshUser } from '../direct-messages/fresh-user';
import { logInThroughUi } from '../login';
import { asUser } from '../other-user';

interface Named {
  id: string;
  name: string;
}

/**
 * Logs in through the login page as a user of the scenario's own who has never started or replied to a thread
 * (so follows none): a fresh user (deactivated after the scenario) that the admin adds to the default user's
 * team, so the app opens on that team as it does for the default user.
 */
export async function logInAsNewcomer(world: CasebookWorld): Promise<void> {
  const baseUrl = requireBaseUrl(world.config);
  const [team] = await asUser(baseUrl, world.credentials('default'), (client) =>
    client.get<Named[]>('/api/v4/users/me/teams'),
  );
  if (!team)
    throw new Error(`${world.credentials('default').username} is on no team: a newcomer has none to join`);
  const newcomer = await freshUser(world);
  await asUser(baseUrl, world.credentials('admin'), (client) =>
    client.send('POST', `/api/v4/teams/${team.id}/members`, { team_id: team.id, user_id: newcomer.id }),
  );
  world.remember('user', { label: newcomer.username, id: newcomer.id, details: { fixture: 'no threads' } });
  await logInThroughUi(await world.session(), newcomer, world.timeouts.navigationMs);
}
