import { html, useEffect, useRef } from '/static/js/ui.js';

// The hints of Mattermost's search box ("search options"), in its order.
const HINTS = [
  ['From:', 'from:', 'a user'],
  ['In:', 'in:', 'a channel'],
  ['On:', 'on:', 'a specific date'],
  ['Before:', 'before:', 'a date'],
  ['After:', 'after:', 'a date'],
  ['-', '-', 'to exclude search terms'],
  ['""', '""', 'to search phrases'],
];

/**
 * The search popover `#searchBox` of the global header: input labelled "Search messages", Messages/Files type
 * buttons, clear (`input-clear`) and close (`searchBoxClose`) buttons and the `#searchHints` list. Enter searches,
 * Escape closes it (the typed terms stay in `#searchFormContainer`).
 */
export function SearchBox({ terms, onTerms, onSearch, onClose }) {
  const input = useRef(null);
  useEffect(() => input.current?.focus(), []);
  const onKeyDown = (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (terms.trim()) onSearch(terms.trim());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const addHint = (value) => {
    const spaced = terms && !terms.endsWith(' ') ? `${terms} ` : terms;
    onTerms(`${spaced}${value}`);
    input.current?.focus();
  };
  return html`<div id="searchBox" class="search-box" role="dialog" aria-label="Search">
    <div class="search-box__types">
      <button type="button" class="search-box__type active" aria-pressed="true">Messages</button>
      <button type="button" class="search-box__type" aria-pressed="false">Files</button>
    </div>
    <div class="search-box__input-row">
      <input type="text" class="search-box__input" aria-label="Search messages" placeholder="Search messages"
        autocomplete="off" ref=${input} value=${terms} onInput=${(event) => onTerms(event.target.value)}
        onKeyDown=${onKeyDown} />
      ${
        terms &&
        html`<button type="button" class="search-box__clear" data-testid="input-clear" title="Clear"
        aria-label="clear search query" onClick=${() => {
          onTerms('');
          input.current?.focus();
        }}>×</button>`
      }
      <button type="button" class="search-box__close" data-testid="searchBoxClose" aria-label="Close"
        onClick=${onClose}>Close</button>
    </div>
    <div id="searchHints" class="search-hints">
      <h4 class="search-hints__title">Search options</h4>
      <ul role="listbox" aria-label="Search options">
        ${HINTS.map(
          ([label, value, help]) => html`<li role="option" aria-selected="false" class="search-hints__item"
          onMouseDown=${(event) => {
            event.preventDefault();
            addHint(value);
          }}>
          <b>${label}</b> <span>${help}</span></li>`,
        )}
      </ul>
    </div>
  </div>`;
}
