import { randomBytes } from 'node:crypto';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser, type UserClient } from '../other-user';

/**
 * The teams a case names ("TeamA", "Team B", "TeamC"), made per scenario: a system admin creates each through
 * the REST API (`POST /api/v4/teams`), adds the default and the second test user (`POST /teams/{id}/members`),
 * and archives it after the scenario (`DELETE /teams/{id}`), so that what a case does to a team (leave it,
 * remove someone, promote someone) never reaches the shared team or another scenario. Display names start with
 * "Team", so the shared team, whose name sorts first, stays everyone's first team (Mattermost lists teams by
 * display name).
 */
export interface ScenarioTeam {
  id: string;
  /** The URL name, `cb-team-<letter>-<8 hex>`. */
  name: string;
  /** "Team A". */
  display_name: string;
  /** The letter or word the case calls it by, upper case: "A". */
  label: string;
}

interface Named {
  id: string;
  name: string;
  display_name: string;
}

const teamsOf = new WeakMap<CasebookWorld, Map<string, Promise<ScenarioTeam>>>();
const selectedOf = new WeakMap<CasebookWorld, ScenarioTeam>();

/** "TeamA", "Team a", "team-b" → "A"; an empty label means the scenario's first team. */
export function teamLabel(text: string | null | undefined): string {
  const label = (text ?? '')
    .replace(/^team[\s_-]*/i, '')
    .trim()
    .toUpperCase();
  return label || 'A';
}

/** The scenario's team called `label`, created (with both test users as members) on first use. */
export function scenarioTeam(world: CasebookWorld, label: string): Promise<ScenarioTeam> {
  let teams = teamsOf.get(world);
  if (!teams) {
    teams = new Map();
    teamsOf.set(world, teams);
  }
  let team = teams.get(label);
  if (!team) {
    team = createTeam(world, label);
    teams.set(label, team);
  }
  return team;
}

/** The scenario teams made so far, in the order they were asked for. */
export async function scenarioTeams(world: CasebookWorld): Promise<ScenarioTeam[]> {
  return Promise.all([...(teamsOf.get(world)?.values() ?? [])]);
}

export function rememberSelectedTeam(world: CasebookWorld, team: ScenarioTeam): void {
  selectedOf.set(world, team);
}

/** The team the case last selected, or an error naming what is missing. */
export function selectedTeam(world: CasebookWorld): ScenarioTeam {
  const team = selectedOf.get(world);
  if (!team)
    throw new Error('no team was selected in this scenario: a line must select or switch to a team first');
  return team;
}

/** Runs `use` with a REST client logged in as the system admin of the run. */
export function asAdmin<T>(world: CasebookWorld, use: (client: UserClient) => Promise<T>): Promise<T> {
  return asUser(requireBaseUrl(world.config), world.credentials('admin'), use);
}

/** The server id of a test user of the run. */
export async function userId(client: UserClient, username: string): Promise<string> {
  return (await client.get<Named>(`/api/v4/users/username/${encodeURIComponent(username)}`)).id;
}

async function createTeam(world: CasebookWorld, label: string): Promise<ScenarioTeam> {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const name = `cb-team-${slug}-${randomBytes(4).toString('hex')}`;
  const display_name = `Team ${label}`;
  const created = await asAdmin(world, async (admin) => {
    const team = await admin.send<Named>('POST', '/api/v4/teams', { name, display_name, type: 'O' });
    world.onCleanup(() => asAdmin(world, (again) => again.send('DELETE', `/api/v4/teams/${team.id}`)));
    for (const role of ['default', 'other'] as const) {
      const user_id = await userId(admin, world.credentials(role).username);
      await admin.send('POST', `/api/v4/teams/${team.id}/members`, { team_id: team.id, user_id });
    }
    return team;
  });
  world.remember('team', {
    label: display_name,
    id: created.id,
    details: { name, fixture: 'scenario team' },
  });
  return { id: created.id, name, display_name, label };
}
