import type { CasebookWorld } from '../../../support/world';
import { apiGet, apiSend } from '../api';

interface Created {
  id: string;
  create_at: number;
}

const registered = new WeakSet<CasebookWorld>();

/** The REST collections of the integrations a scenario may create, with the path that lists them for a team. */
const KINDS = [
  { list: (team: string) => `/api/v4/commands?team_id=${team}&custom_only=true`, item: '/api/v4/commands' },
  {
    list: (team: string) => `/api/v4/hooks/incoming?team_id=${team}&per_page=200`,
    item: '/api/v4/hooks/incoming',
  },
  {
    list: (team: string) => `/api/v4/hooks/outgoing?team_id=${team}&per_page=200`,
    item: '/api/v4/hooks/outgoing',
  },
];

/**
 * After the scenario, deletes the integrations made since it started (slash command triggers are unique per team:
 * a command a case creates as "test-message" must not be there for the next case that creates it again).
 */
export function removeScenarioIntegrations(world: CasebookWorld): void {
  if (registered.has(world)) return;
  registered.add(world);
  const since = Date.now() - 1000;
  world.onCleanup(async () => {
    const session = await world.session();
    const teams = await apiGet<{ id: string }[]>(session.context, '/api/v4/users/me/teams');
    for (const team of teams) {
      for (const kind of KINDS) {
        const items = await apiGet<Created[]>(session.context, kind.list(team.id)).catch(() => []);
        for (const item of items.filter((i) => i.create_at >= since)) {
          await apiSend(session.context, 'DELETE', `${kind.item}/${item.id}`);
        }
      }
    }
  });
}
