import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { expectVisible } from './generic/expect';
import './mattermost';
import { highlightedWords, lastSearch, resultItems, SEARCH } from './mattermost/search/search';

/**
 * "Observe search term is highlighted", "The search term that you searched for stays highlighted regardless of
 * what you type in the search box", "observe no term is highlighted": the `.search-highlight` marks of the results
 * in the RHS against the terms of the last search (and, with "regardless of what you type", against the words typed
 * in the search box since, which must not be marked).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      /^\s*(?:observe\s+(?:that\s+)?)?(?:(no)\s+(?:search\s+)?term|(?:the\s+)?search\s+terms?(?:\s+(?:that\s+)?you\s+searched\s+for)?)\s+(?:(?:is|are)\s+(not\s+)?|(?:stays|remains)\s+|(does\s+not\s+(?:stay|remain)|doesn't\s+(?:stay|remain))\s+)(?:still\s+)?highlighted(\s+regardless\s+of\s+what\s+you\s+type\s+in\s+the\s+search\s+(?:box|field|bar))?\s*[.!]?\s*$/i,
      async function (
        this: CasebookWorld,
        none: string | null,
        isNot: string | null,
        doesNot: string | null,
        regardless: string | null,
      ) {
        const page = await this.appPage();
        await expectVisible(
          page.locator(SEARCH.results),
          'the search results in the RHS',
          this.timeouts.expectMs,
        );
        const marks = await page.locator(`${SEARCH.results} :is(${SEARCH.highlight})`).allTextContents();
        const marked = marks.map((text) => text.trim().toLowerCase());
        if (none) {
          if (marked.length > 0) throw new Error(`highlighted in the RHS: ${marked.join(', ')}`);
          return;
        }
        const searched = highlightedWords(lastSearch(this)).map((word) => word.toLowerCase());
        const missing = searched.filter((word) => !marked.some((text) => text.startsWith(word)));
        if (isNot || doesNot) {
          if (missing.length < searched.length)
            throw new Error(`the searched terms are highlighted in the results (${marked.join(', ')})`);
          return;
        }
        await expectVisible(resultItems(page).first(), 'a search result', this.timeouts.expectMs);
        if (missing.length > 0)
          throw new Error(
            `not highlighted: ${missing.join(', ')} (highlighted: ${marked.join(', ') || 'nothing'})`,
          );
        if (regardless) expectTypedNotMarked(this, searched, marked);
      },
    ),
  ),
);

/** The words typed in the search box since the search (not searched for) are not what the results mark. */
function expectTypedNotMarked(world: CasebookWorld, searched: string[], marked: string[]): void {
  const typed = world.memory.latest('search text')?.label;
  if (!typed || typed === lastSearch(world))
    throw new Error('nothing was typed in the search box after the search: type or replace its text first');
  const fresh = highlightedWords(typed)
    .map((word) => word.toLowerCase())
    .filter((word) => !searched.includes(word));
  const wrongly = fresh.filter((word) => marked.some((text) => text.startsWith(word)));
  if (wrongly.length > 0)
    throw new Error(`what was typed, not searched, is highlighted: ${wrongly.join(', ')}`);
}
