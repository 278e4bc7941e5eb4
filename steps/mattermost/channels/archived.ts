import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, apiSend } from '../api';

/**
 * Archived channels for the archived-channels cases: Mattermost shows them to their members when "Allow users to
 * view archived channels" (`TeamSettings.ExperimentalViewArchivedChannels`, client config
 * `ExperimentalViewArchivedChannels`) is on. The scenario makes its own (one public, one private, the default user
 * a member), through the REST API as that user, and remembers them as `archived channel`.
 */
export interface ArchivedChannel {
  id: string;
  name: string;
  display_name: string;
  type: 'O' | 'P';
}

interface Named {
  id: string;
  name: string;
  display_name: string;
  delete_at: number;
}

const SETTING =
  'Allow users to view archived channels (System Console > Site Configuration > Users and Teams)';

/** Whether the server lets users view archived channels (as its client config tells the web app). */
export async function viewArchivedEnabled(context: BrowserContext): Promise<boolean> {
  const config = await apiGet<Record<string, string>>(context, '/api/v4/config/client?format=old');
  return config.ExperimentalViewArchivedChannels === 'true';
}

export async function requireViewArchived(context: BrowserContext, wanted = true): Promise<void> {
  const enabled = await viewArchivedEnabled(context);
  if (enabled !== wanted) {
    throw new Error(
      `${SETTING} is ${enabled ? 'enabled' : 'disabled'} on the server; set it to ${wanted} first`,
    );
  }
}

/** The scenario's archived channels, made on first use: a public and a private one. */
export async function ensureArchivedChannels(world: CasebookWorld, page: Page): Promise<ArchivedChannel[]> {
  const known = archivedChannels(world);
  if (known.length > 0) return verifyStillArchived(page.context(), known);
  const context = page.context();
  const [team] = await apiGet<Named[]>(context, '/api/v4/users/me/teams');
  const made: ArchivedChannel[] = [];
  for (const type of ['O', 'P'] as const) {
    const name = `cb-archived-${type === 'O' ? 'public' : 'private'}-${randomBytes(3).toString('hex')}`;
    const channel = await apiSend<Named>(context, 'POST', '/api/v4/channels', {
      team_id: team.id,
      name,
      display_name: name,
      type,
      purpose: 'casebook: an archived channel of one scenario',
    });
    await apiSend(context, 'DELETE', `/api/v4/channels/${channel.id}`);
    const archived = { id: channel.id, name, display_name: name, type };
    world.remember('archived channel', { label: name, id: channel.id, details: { name, type } });
    made.push(archived);
  }
  return made;
}

async function verifyStillArchived(
  context: BrowserContext,
  channels: ArchivedChannel[],
): Promise<ArchivedChannel[]> {
  for (const channel of channels) {
    const found = await apiGet<Named>(context, `/api/v4/channels/${channel.id}`);
    if (!(found.delete_at > 0)) throw new Error(`the channel ${channel.display_name} is not archived`);
  }
  return channels;
}

export function archivedChannels(world: CasebookWorld): ArchivedChannel[] {
  return world.memory.all('archived channel').map((item) => ({
    id: item.id ?? '',
    name: item.details?.name ?? item.label,
    display_name: item.label,
    type: item.details?.type === 'P' ? 'P' : 'O',
  }));
}

/** The scenario's archived channel of a type ("public", "private"; any when not said). */
export function archivedChannel(world: CasebookWorld, kind?: string | null): ArchivedChannel {
  const type =
    kind && /private/i.test(kind) && !/public/i.test(kind)
      ? 'P'
      : kind && /public/i.test(kind) && !/private/i.test(kind)
        ? 'O'
        : undefined;
  const found = archivedChannels(world).find((channel) => !type || channel.type === type);
  if (!found) {
    throw new Error(
      'this scenario has no archived channel yet: a line such as "some public and private archived channels exist" makes them',
    );
  }
  return found;
}
