import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';

/**
 * Message search as a tester drives it, with the real web app's selectors (PW lib `search_box.ts`,
 * `search_results_panel.ts`; Cypress `uiSearchPosts`): click `#searchFormContainer`, type in `#searchBox`'s input
 * (labelled "Search messages"; older versions: `#searchBox` is the input itself), Enter, then the right-hand
 * `#searchContainer` titled "Search Results" lists `[data-testid="search-item-container"]` items, each holding
 * `#searchResult_<postId>` with its "Jump" link; matched terms are `.search-highlight`.
 */
export const SEARCH = {
  form: '#searchFormContainer',
  input: '#searchBox input, input#searchBox',
  results: '#searchContainer',
  header: '.sidebar--right__header',
  spinner: '#searchContainer .LoadingSpinner',
  item: '[data-testid="search-item-container"]',
  message: '.post-message__text',
  highlight: '.search-highlight, [data-testid="search-highlight"]',
  noResults: '.no-results__title',
  error: '#searchContainer [role="alert"], #searchContainer .search-error',
};

const searchedTerms = new WeakMap<CasebookWorld, string>();

/** The terms of the scenario's last search. */
export function lastSearch(world: CasebookWorld): string {
  const terms = searchedTerms.get(world);
  if (terms === undefined) throw new Error('no search was made before this step: search for something first');
  return terms;
}

/** The search input, opening the search box first when the header shows only `#searchFormContainer`. */
export async function openSearchBox(page: Page, timeoutMs: number): Promise<Locator> {
  const input = page.locator(SEARCH.input).filter({ visible: true });
  if ((await input.count()) === 0) await page.locator(SEARCH.form).click({ timeout: timeoutMs });
  await expectVisible(input.first(), 'the search box', timeoutMs);
  return input.first();
}

/** Types `terms` in the search box and presses Enter; waits until the results panel has answered. */
export async function searchFor(world: CasebookWorld, terms: string): Promise<void> {
  const page = await world.appPage();
  const input = await openSearchBox(page, world.timeouts.expectMs);
  await input.fill(terms);
  await input.press('Enter');
  searchedTerms.set(world, terms);
  await waitForResults(page, world.timeouts.expectMs);
}

/** Clicks a #hashtag link of a post (`a[data-hashtag]`, Mattermost's `mention-link`): it searches for the tag. */
export async function clickHashtag(
  world: CasebookWorld,
  page: Page,
  scope: Locator,
  hashtag: string,
): Promise<void> {
  const link = scope.locator(`a[data-hashtag="${hashtag}" i]`).last();
  await expectVisible(link, `the hashtag ${hashtag} as a link`, world.timeouts.expectMs);
  await link.click();
  searchedTerms.set(world, hashtag);
  await waitForResults(page, world.timeouts.expectMs);
}

async function waitForResults(page: Page, timeoutMs: number): Promise<void> {
  const panel = page.locator(SEARCH.results);
  await expectVisible(
    panel.locator(SEARCH.header).filter({ hasText: 'Search Results' }),
    'the search results',
    timeoutMs,
  );
  await page.locator(SEARCH.spinner).waitFor({ state: 'detached', timeout: timeoutMs });
  await expectVisible(
    panel.locator(`${SEARCH.item}, ${SEARCH.noResults}, ${SEARCH.error}`).first(),
    'search results or a "No results" message',
    timeoutMs,
  );
}

/** The result items of the panel (after a search has answered). */
export function resultItems(page: Page): Locator {
  return page.locator(`${SEARCH.results} ${SEARCH.item}`);
}

/** The result of one post, by id when the scenario knows it, else any result whose message reads `text`. */
export function resultFor(page: Page, post: { text: string; id?: string }): Locator {
  if (post.id) return page.locator(`${SEARCH.results} #searchResult_${post.id}`);
  return resultItems(page).filter({
    has: page.locator(SEARCH.message).getByText(post.text, { exact: true }),
  });
}

/** Results whose message contains `text` (a word or a phrase). */
export function resultsContaining(page: Page, text: string): Locator {
  return resultItems(page).filter({ has: page.locator(SEARCH.message).filter({ hasText: text }) });
}

/** The words of a search a tester expects highlighted: not modifiers, exclusions or quotes. */
export function highlightedWords(terms: string): string[] {
  return terms
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !word.startsWith('-') && !/^[a-z]+:/i.test(word))
    .map((word) => word.replace(/\*$/, ''));
}
