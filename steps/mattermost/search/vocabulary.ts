import { registerThing } from '../../generic/assert';
import { SEARCH } from './search';

/** Nouns of message search for the assertion language ("search results" and "search box" are app-wide nouns). */
registerThing({
  names: ['search result', 'search result item', 'search item'],
  locate: (scope) => scope.locator(SEARCH.item),
  home: 'search results',
});
registerThing({
  names: ['highlighted search term', 'search highlight', 'highlighted term', 'search term highlight'],
  locate: (scope) => scope.locator(SEARCH.highlight),
  home: 'search results',
});
