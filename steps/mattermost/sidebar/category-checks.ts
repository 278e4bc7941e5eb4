import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { categories, categoryHeader, rememberedCategory, type ScenarioCategory } from './categories';
import { noteModal } from './modal-dismissal';

/** What a line says became of the scenario's category. */
export type Outcome = 'deleted' | 'renamed' | 'delete modal' | 'moved back' | 'removed';

/**
 * Checks one outcome (or, `negated`, its opposite) until it holds or the expectation time runs out: the sidebar
 * and the server may lag a click by a moment, and a failure says what was found instead.
 */
export async function checkCategoryOutcome(
  world: CasebookWorld,
  outcome: Outcome,
  negated: boolean,
): Promise<void> {
  const page = await world.appPage();
  const category = rememberedCategory(world);
  if (outcome === 'delete modal') noteModal(world, 'Delete this category?');
  const deadline = Date.now() + world.timeouts.expectMs;
  let found = '';
  for (;;) {
    const reading = await read(page, category, outcome);
    if (reading.holds !== negated) return;
    found = reading.actual;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(200);
  }
  const claim = `${negated ? 'not ' : ''}${DESCRIPTIONS[outcome]}`;
  throw new Error(`expected the category "${category.name}" ${claim}, but ${found}`);
}

const DESCRIPTIONS: Record<Outcome, string> = {
  deleted: 'to be deleted',
  renamed: 'to be renamed',
  'delete modal': 'to show the "Delete this category?" modal',
  'moved back': 'to have its channels back in Channels and Direct Messages',
  removed: 'to have taken the user out of its channels',
};

interface Reading {
  holds: boolean;
  actual: string;
}

async function read(page: Page, category: ScenarioCategory, outcome: Outcome): Promise<Reading> {
  if (outcome === 'delete modal') {
    const shown = await page
      .getByRole('dialog', { name: 'Delete this category?' })
      .filter({ visible: true })
      .count();
    return {
      holds: shown > 0,
      actual: shown ? 'the modal is open' : 'no "Delete this category?" modal is open',
    };
  }
  const all = await categories(page.context(), category.teamId);
  const stored = all.find((item) => item.id === category.id);
  if (outcome === 'deleted') return deleted(page, category, Boolean(stored));
  if (outcome === 'renamed') return renamed(page, category, stored?.display_name);
  if (outcome === 'moved back') {
    const home = new Set(
      all.filter((c) => c.type === 'channels' || c.type === 'direct_messages').flatMap((c) => c.channel_ids),
    );
    const away = category.channelIds.filter((id) => !home.has(id));
    return {
      holds: away.length === 0,
      actual: away.length ? `${away.length} of its channels are elsewhere` : 'all are back',
    };
  }
  const mine = new Set(
    (
      await apiGet<{ id: string }[]>(page.context(), `/api/v4/users/me/teams/${category.teamId}/channels`)
    ).map((c) => c.id),
  );
  const left = category.channelIds.filter((id) => !mine.has(id));
  return {
    holds: left.length > 0,
    actual: left.length ? `the user left ${left.length} channels` : 'the user is in all of them',
  };
}

async function deleted(page: Page, category: ScenarioCategory, stored: boolean): Promise<Reading> {
  const inSidebar = (await categoryHeader(page, category.name).filter({ visible: true }).count()) > 0;
  if (!stored && !inSidebar) return { holds: true, actual: 'it is gone from the sidebar and the server' };
  return {
    holds: false,
    actual: `it is ${inSidebar ? 'in the sidebar' : 'gone from the sidebar'} and ${stored ? 'still on the server' : 'gone from the server'}`,
  };
}

async function renamed(
  page: Page,
  category: ScenarioCategory,
  storedName: string | undefined,
): Promise<Reading> {
  const oldShown = (await categoryHeader(page, category.name).filter({ visible: true }).count()) > 0;
  const newShown =
    storedName !== undefined &&
    storedName !== category.name &&
    (await categoryHeader(page, storedName).filter({ visible: true }).count()) > 0;
  if (newShown && !oldShown) return { holds: true, actual: `it shows as "${storedName}"` };
  const named = storedName === undefined ? 'it no longer exists' : `the server names it "${storedName}"`;
  return {
    holds: false,
    actual: `${named} and the sidebar ${oldShown ? 'still shows' : 'does not show'} "${category.name}"`,
  };
}
