import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';

/** Mattermost's suggestion list above a message box, and its at-mention items (at_mention_suggestion.tsx). */
export const SUGGESTIONS = {
  list: '#suggestionList',
  item: '#suggestionList [data-testid^="mentionSuggestion_"]',
  selected: '#suggestionList .suggestion--selected',
  /** The message boxes a mention is typed in: the inline edit box first when it is open. */
  boxes: ['#edit_textbox', '#reply_textbox', '#post_textbox'],
};

export interface Suggestion {
  username: string;
  text: string;
}

/** What an at-mention typing step typed and what the list showed once it settled. */
export interface MentionTyping {
  /** The words after "@" (the prefix the list filters on). */
  prefix: string;
  /** Which field of `username`'s profile the prefix was taken from: username, nickname, last name, email… */
  field: string;
  /** Whose field was typed. */
  username: string;
  boxSelector: string;
  shown: Suggestion[];
  /** The box's text after a result was picked with Enter. */
  completedValue?: string;
}

const typings = new WeakMap<CasebookWorld, MentionTyping>();

export function lastTyping(world: CasebookWorld): MentionTyping {
  const typing = typings.get(world);
  if (!typing)
    throw new Error('nothing was typed in a message box in this scenario: no autocomplete to check');
  return typing;
}

/** The message box the user types in: the open edit box, else the focused reply box, else the center box. */
export async function messageBox(page: Page): Promise<{ box: Locator; selector: string }> {
  for (const selector of SUGGESTIONS.boxes) {
    const box = page.locator(selector);
    if (await box.isVisible().catch(() => false)) {
      if (selector !== '#reply_textbox' || (await box.evaluate((el) => el === document.activeElement))) {
        return { box, selector };
      }
    }
  }
  throw new Error(`no message box is shown (looked for ${SUGGESTIONS.boxes.join(', ')})`);
}

/** Types `text` at the end of the box, key by key as a tester does, and records what the list then shows. */
export async function typeInBox(
  world: CasebookWorld,
  text: string,
  about: Omit<MentionTyping, 'shown' | 'boxSelector'>,
): Promise<MentionTyping> {
  const page = await world.appPage();
  const { box, selector } = await messageBox(page);
  await box.focus();
  await box.press('End');
  await box.pressSequentially(text);
  const typing = { ...about, boxSelector: selector, shown: await settledSuggestions(page, world) };
  typings.set(world, typing);
  return typing;
}

const STILL_MS = 600;
const AT_LEAST_MS = 1_000;

/**
 * The list once it stopped changing: the answer to the last key may still be on its way, and an absent list
 * must stay absent for a while before it is believed.
 */
export async function settledSuggestions(page: Page, world: CasebookWorld): Promise<Suggestion[]> {
  const started = Date.now();
  const deadline = started + world.timeouts.expectMs;
  let last = JSON.stringify(await shownSuggestions(page));
  let stillSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await shownSuggestions(page));
    if (now !== last) {
      last = now;
      stillSince = Date.now();
    } else if (Date.now() - stillSince >= STILL_MS && Date.now() - started >= AT_LEAST_MS) break;
  }
  return JSON.parse(last) as Suggestion[];
}

/** The at-mention items the list shows now (none when it is closed). */
export async function shownSuggestions(page: Page): Promise<Suggestion[]> {
  const items = page.locator(SUGGESTIONS.item);
  const shown: Suggestion[] = [];
  for (const item of await items.all()) {
    if (!(await item.isVisible().catch(() => false))) continue;
    const testId = (await item.getAttribute('data-testid')) ?? '';
    const text = ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    shown.push({ username: testId.replace(/^mentionSuggestion_/, ''), text });
  }
  return shown;
}

/** Selects the item of `username` (the list's first is selected at first) with the arrow keys, then Enter. */
export async function pickWithEnter(world: CasebookWorld, username: string): Promise<string> {
  const page = await world.appPage();
  const typing = lastTyping(world);
  const box = page.locator(typing.boxSelector);
  const shown = await shownSuggestions(page);
  const index = shown.findIndex((item) => item.username === username);
  if (index < 0) {
    const listed = shown.map((item) => item.username).join(', ') || 'no list';
    throw new Error(`the autocomplete offers no result for ${username} to select (shown: ${listed})`);
  }
  for (let step = 0; step < index; step++) await box.press('ArrowDown');
  await page.locator(SUGGESTIONS.selected).getByText(`@${username}`, { exact: true }).waitFor();
  await box.press('Enter');
  await page.locator(SUGGESTIONS.list).waitFor({ state: 'hidden', timeout: world.timeouts.expectMs });
  typing.completedValue = await box.inputValue();
  return typing.completedValue;
}
