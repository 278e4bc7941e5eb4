import { registerThing, type Scope } from '../../generic/assert';
import { defineAlias } from '../../generic/vocabulary';
import { RHS } from '../posts/selectors';
import { LISTS } from './lists';

/**
 * Words of the rhs area for the generic click/locate grammar: the header's search box (what "the pin icon next to
 * search box" is next to), and the "Saved messages" button that old cases call the flag icon of the header.
 */
defineAlias(['search box', 'search bar', 'search field'], {
  css: ['#searchFormContainer', '#searchBox'],
});
defineAlias(
  [
    'saved messages icon',
    'saved messages button',
    'saved posts icon',
    'saved posts',
    'saved icon',
    'flag icon',
    'flag',
  ],
  {
    css: [LISTS.savedButton],
  },
);

/**
 * "Pinned post appears in RHS", "flagged messages appear in RHS flagged posts list": the items of the RHS list of
 * that kind (the list is told by its title, as Mattermost's `search_results` shows both in one panel).
 */
function listItems(title: RegExp) {
  return (scope: Scope) => {
    const page = 'goto' in scope ? scope : scope.page();
    return page
      .locator(RHS.panel)
      .filter({ has: page.locator('.sidebar--right__title', { hasText: title }) })
      .locator('[data-testid="search-item-container"]');
  };
}
registerThing({
  names: ['pinned post', 'pinned message', 'pinned item'],
  locate: listItems(/^Pinned messages/),
  home: 'RHS',
});
registerThing({
  names: ['saved post', 'saved message', 'flagged post', 'flagged message'],
  locate: listItems(/^Saved messages/),
  home: 'RHS',
});
