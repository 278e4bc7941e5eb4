import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet, apiSend } from '../api';
import { asAdmin } from '../console/changes';
import { removeScenarioIntegrations } from './cleanup';
import { scenarioTrigger } from './fields';
import { BACKSTAGE } from './selectors';

/** The kinds of integration a case names, with their REST collection and their list page. */
export const INTEGRATION_KINDS = {
  'slash command': { api: '/api/v4/commands', page: 'commands/installed', heading: 'Slash Commands' },
  'incoming webhook': {
    api: '/api/v4/hooks/incoming',
    page: 'incoming_webhooks',
    heading: 'Incoming Webhooks',
  },
  'outgoing webhook': {
    api: '/api/v4/hooks/outgoing',
    page: 'outgoing_webhooks',
    heading: 'Outgoing Webhooks',
  },
} as const;

export type IntegrationKind = keyof typeof INTEGRATION_KINDS;

export function kindNamed(name: string): IntegrationKind {
  const kind = name.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '') as IntegrationKind;
  if (!(kind in INTEGRATION_KINDS)) throw new Error(`no kind of integration is called "${name}"`);
  return kind;
}

/** An integration as the server has it (the fields a case may change). */
export type Stored = Record<string, unknown> & { id: string; display_name: string };

interface Existing {
  kind: IntegrationKind;
  id: string;
  team: string;
  /** As it was before the scenario's edits: "No changes were applied" compares with this. */
  before: Stored;
}

const existingOf = new WeakMap<CasebookWorld, Existing>();

/**
 * The integration a case says "you created before": the one this scenario made, or one made now through the REST
 * API as the admin (Mattermost's Client4 shapes) — the case's set-up, not its subject.
 */
export async function existingIntegration(world: CasebookWorld, kind: IntegrationKind): Promise<Existing> {
  const known = existingOf.get(world);
  if (known?.kind === kind) return known;
  const page = await asAdmin(world);
  removeScenarioIntegrations(world);
  const context = page.context();
  const [team] = await apiGet<{ id: string; name: string }[]>(context, '/api/v4/users/me/teams');
  const channel = await apiGet<{ id: string }>(context, `/api/v4/teams/${team.id}/channels/name/town-square`);
  const title = `casebook ${kind} ${scenarioTrigger(world)}`;
  const body =
    kind === 'slash command'
      ? {
          team_id: team.id,
          trigger: scenarioTrigger(world),
          url: 'http://example.com',
          method: 'P',
          display_name: title,
        }
      : kind === 'incoming webhook'
        ? {
            channel_id: channel.id,
            display_name: title,
            description: 'set up by casebook',
            channel_locked: true,
          }
        : {
            team_id: team.id,
            channel_id: channel.id,
            callback_urls: ['http://example.com'],
            display_name: title,
          };
  const created = await apiSend<Stored>(context, 'POST', INTEGRATION_KINDS[kind].api, body);
  const existing = { kind, id: created.id, team: team.name, before: created };
  existingOf.set(world, existing);
  return existing;
}

export function rememberedIntegration(world: CasebookWorld): Existing {
  const known = existingOf.get(world);
  if (!known) throw new Error('no integration was set up or opened earlier in this scenario');
  return known;
}

/** Opens the kind's list (reloading it when it is open: the integration may have been made since) and its Edit. */
export async function openEdit(world: CasebookWorld, existing: Existing): Promise<Page> {
  const page = await world.page();
  await page.goto(`/${existing.team}/integrations/${INTEGRATION_KINDS[existing.kind].page}`);
  const item = page.locator(BACKSTAGE.listItem).filter({ hasText: existing.before.display_name });
  await item.getByRole('link', { name: 'Edit' }).click({ timeout: world.timeouts.actionMs });
  await page
    .locator(`${BACKSTAGE.saveCommand}, ${BACKSTAGE.saveWebhook}`)
    .first()
    .waitFor({ timeout: world.timeouts.navigationMs });
  return page;
}

/** The integration as the server has it now. */
export async function storedNow(world: CasebookWorld, existing: Existing): Promise<Stored> {
  const page = await world.page();
  return apiGet<Stored>(page.context(), `${INTEGRATION_KINDS[existing.kind].api}/${existing.id}`);
}
