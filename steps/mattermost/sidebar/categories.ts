import type { BrowserContext, Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, apiSend } from '../api';
import { expectChannelShown } from '../channels';
import { scenarioChannel } from '../fixtures';

/** `@mattermost/types/channel_categories` ChannelCategory, as far as the steps read it. */
export interface ChannelCategory {
  id: string;
  type: 'favorites' | 'channels' | 'direct_messages' | 'custom';
  display_name: string;
  channel_ids: string[];
}

interface Me {
  id: string;
}

interface Team {
  id: string;
  name: string;
}

/** The custom category a scenario works on, with the channels it held when it was made. */
export interface ScenarioCategory {
  id: string;
  name: string;
  teamId: string;
  channelIds: string[];
}

const categoryOf = new WeakMap<CasebookWorld, ScenarioCategory>();

export async function categories(context: BrowserContext, teamId: string): Promise<ChannelCategory[]> {
  const me = await apiGet<Me>(context, '/api/v4/users/me');
  const listed = await apiGet<{ categories: ChannelCategory[] }>(context, categoriesPath(me.id, teamId));
  return listed.categories;
}

const categoriesPath = (userId: string, teamId: string) =>
  `/api/v4/users/${userId}/teams/${teamId}/channels/categories`;

/**
 * The scenario's custom category: made on first use through the REST API (Client4 createChannelCategory) with the
 * scenario's channel and a DM with the second user in it, so that deleting it has channels to give back; after
 * the scenario every custom category the user did not have before is deleted again (categories are per-user
 * state shared by every scenario of that user).
 */
export async function scenarioCategory(world: CasebookWorld, page: Page): Promise<ScenarioCategory> {
  const known = categoryOf.get(world);
  if (known) return known;
  const context = page.context();
  const channel = await scenarioChannel(world, await world.session());
  const me = await apiGet<Me>(context, '/api/v4/users/me');
  const before = await categories(context, channel.team_id);
  const other = await apiGet<Me>(
    context,
    `/api/v4/users/username/${encodeURIComponent(world.credentials('other').username)}`,
  );
  const dm = await apiSend<{ id: string }>(context, 'POST', '/api/v4/channels/direct', [me.id, other.id]);
  const name = `Category ${channel.name.slice(-6)}`;
  const made = await apiSend<ChannelCategory>(context, 'POST', categoriesPath(me.id, channel.team_id), {
    display_name: name,
    channel_ids: [channel.id, dm.id],
  });
  world.onCleanup(async () => {
    const existing = new Set(before.map((category) => category.id));
    for (const category of await categories(context, channel.team_id)) {
      if (category.type === 'custom' && !existing.has(category.id))
        await apiSend(context, 'DELETE', `${categoriesPath(me.id, channel.team_id)}/${category.id}`);
    }
  });
  const scenario = { id: made.id, name, teamId: channel.team_id, channelIds: [channel.id, dm.id] };
  categoryOf.set(world, scenario);
  world.remember('category', { label: name, id: made.id });
  // The sidebar reads the categories when the page loads, as the web app does on its first render.
  await page.reload();
  await expectChannelShown(page, channel.display_name, world.timeouts.navigationMs);
  return scenario;
}

export function rememberedCategory(world: CasebookWorld): ScenarioCategory {
  const category = categoryOf.get(world);
  if (!category)
    throw new Error(
      'no custom category was opened yet: a step such as "Click on 3 dot to open custom category menu" makes one first',
    );
  return category;
}

/** The category's header in the sidebar (SidebarCategoryHeader: the group button is named by the category). */
export function categoryHeader(page: Page, name: string): Locator {
  return page.locator('#SidebarContainer .SidebarChannelGroupHeader').filter({
    has: page.getByRole('button', { name, exact: true }),
  });
}

export async function openCategoryMenu(page: Page, name: string, timeoutMs: number): Promise<void> {
  const header = categoryHeader(page, name);
  await header.hover({ timeout: timeoutMs });
  await header.getByRole('button', { name: `${name} category options` }).click({ timeout: timeoutMs });
  await page
    .getByRole('menu', { name: 'Edit category menu' })
    .waitFor({ state: 'visible', timeout: timeoutMs });
}

/** The team of the page's URL (`/<team>/…`). */
export async function currentTeam(page: Page): Promise<Team> {
  const teamName = new URL(page.url()).pathname.split('/')[1] ?? '';
  return apiGet<Team>(page.context(), `/api/v4/teams/name/${encodeURIComponent(teamName)}`);
}
