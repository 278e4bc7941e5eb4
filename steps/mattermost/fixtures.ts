import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright';
import { type Credentials, requireBaseUrl } from '../../support/config';
import type { BrowserSession } from '../../support/session';
import type { CasebookWorld } from '../../support/world';
import { ApiError, apiGet, apiSend } from './api';
import { expectChannelShown } from './channels';
import { asUser } from './other-user';

/**
 * Per-scenario isolation: each scenario gets a fresh public channel of its own, created through the REST API in
 * the default user's team, with the default and the second user as members, and archived after the scenario.
 * A case that starts logged in lands in it (instead of Town Square, which every scenario shares), so its posts,
 * replies and unread marks are its own whatever ran before or beside it.
 */
export interface ScenarioChannel {
  id: string;
  /** The URL name, `cb-<8 hex>`. */
  name: string;
  display_name: string;
  team_id: string;
  team_name: string;
}

interface Named {
  id: string;
  name: string;
  display_name: string;
}

const channelOf = new WeakMap<CasebookWorld, Promise<ScenarioChannel>>();

/** The scenario's channel, created on first use by the user `session` is logged in as. */
export function scenarioChannel(world: CasebookWorld, session: BrowserSession): Promise<ScenarioChannel> {
  let channel = channelOf.get(world);
  if (!channel) {
    channel = createChannel(world, session);
    channelOf.set(world, channel);
  }
  return channel;
}

/** Whether a scenario channel exists already (a later session joins it instead of making another). */
export function hasScenarioChannel(world: CasebookWorld): boolean {
  return channelOf.has(world);
}

/** Opens the scenario's channel in `session`'s tab (creating the channel first if needed). */
export async function openScenarioChannel(world: CasebookWorld, session: BrowserSession): Promise<Page> {
  const channel = await scenarioChannel(world, session);
  const page = session.page;
  if (!page.url().endsWith(`/${channel.team_name}/channels/${channel.name}`)) {
    await page.goto(`/${channel.team_name}/channels/${channel.name}`);
  }
  await expectChannelShown(page, channel.display_name, world.timeouts.navigationMs);
  return page;
}

async function createChannel(world: CasebookWorld, session: BrowserSession): Promise<ScenarioChannel> {
  const channel = await extraScenarioChannel(world, session);
  world.remember('channel', {
    label: channel.name,
    id: channel.id,
    details: { name: channel.name, team: channel.team_name, fixture: 'scenario channel' },
  });
  return channel;
}

/**
 * One more public channel of the scenario's own (a case that needs several: "Ensure you have some unread
 * channels"), made like the scenario channel — both test users members, archived after the scenario — but not
 * remembered as the channel lines mean; `kind` makes it private or gives its name another first word.
 */
export async function extraScenarioChannel(
  world: CasebookWorld,
  session: BrowserSession,
  kind: { type?: 'O' | 'P'; prefix?: string } = {},
): Promise<ScenarioChannel> {
  const creator = session.user;
  if (!creator) throw new Error('the scenario channel is made by a logged-in session; log in first');
  const context = session.page.context();
  const [team] = await apiGet<Named[]>(context, '/api/v4/users/me/teams');
  if (!team) throw new Error(`${creator.username} belongs to no team: add the user to a team on the server`);
  const name = `${kind.prefix ?? 'cb'}-${randomBytes(4).toString('hex')}`;
  const created = await apiSend<Named>(context, 'POST', '/api/v4/channels', {
    team_id: team.id,
    name,
    display_name: name,
    type: kind.type ?? 'O',
    purpose: 'casebook: one scenario’s own channel (archived after it)',
  });
  world.onCleanup(() => archiveChannel(world, context, creator, created.id));
  await addMembers(world, context, creator, created.id);
  return { id: created.id, name, display_name: name, team_id: team.id, team_name: team.name };
}

/** The default and the second user join the channel (whichever of them did not create it). */
async function addMembers(
  world: CasebookWorld,
  context: BrowserContext,
  creator: Credentials,
  channelId: string,
): Promise<void> {
  for (const role of ['default', 'other'] as const) {
    const user = world.credentials(role);
    if (user.username === creator.username) continue;
    const { id } = await apiGet<Named>(
      context,
      `/api/v4/users/username/${encodeURIComponent(user.username)}`,
    );
    await apiSend(context, 'POST', `/api/v4/channels/${channelId}/members`, { user_id: id });
  }
}

/** Archives the channel with the creator's browser session, or through a fresh API login when it has ended. */
async function archiveChannel(
  world: CasebookWorld,
  context: BrowserContext,
  creator: Credentials,
  channelId: string,
): Promise<void> {
  const path = `/api/v4/channels/${channelId}`;
  try {
    await apiSend(context, 'DELETE', path);
  } catch (error) {
    // The session may have logged out or closed during the scenario; anything but a refusal gets a second try.
    if (error instanceof ApiError && error.status !== 401) throw error;
    await asUser(requireBaseUrl(world.config), creator, (client) => client.send('DELETE', path));
  }
}
