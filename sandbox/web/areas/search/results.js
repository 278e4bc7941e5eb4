import { html, useEffect, useRef } from '/static/js/ui.js';
import { highlightPieces } from './highlight.js';

const time = (at) => new Date(at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });

function Message({ post, terms }) {
  return html`<div class="post-message__text" id=${`postMessageText_${post.id}`}>
    ${highlightPieces(post.message, terms).map((piece) =>
      piece.hit
        ? html`<span class="search-highlight" data-testid="search-highlight">${piece.text}</span>`
        : piece.text,
    )}
  </div>`;
}

/** One result; `onShown(post, element)` lets other areas add their part (the posts area: badges, save icon, menu). */
function Result({ post, channel, author, terms, teamName, onShown }) {
  const element = useRef(null);
  useEffect(() => onShown?.(post, element.current), [post.id]);
  return html`<div data-testid="search-item-container" class="search-item__container">
    <div id=${`searchResult_${post.id}`} class="post post--search" role="listitem" ref=${element}>
      <div class="search-channel__name">${channel?.display_name ?? ''}</div>
      <div class="post__content">
        <div class="post__header">
          <span class="user-popover">${author?.username ?? 'someone'}</span>
          <time class="post__time" datetime=${new Date(post.create_at).toISOString()}>${time(post.create_at)}</time>
          <a class="search-item__jump" href=${`/${teamName}/pl/${post.id}`}>Jump</a>
        </div>
        <${Message} post=${post} terms=${terms} />
      </div>
    </div>
  </div>`;
}

/** The right-hand panel of search results (`#searchContainer`, title "Search Results"), as Mattermost's RHS. */
export function SearchResults({ state, teamName, onClose, onShown }) {
  const { terms, loading, results, error } = state;
  return html`<div id="searchContainer" class="sidebar-right__body search-container" role="region"
    aria-label="Search Results">
    <div class="sidebar--right__header">
      <h2 class="sidebar--right__title">Search Results</h2>
      <button type="button" id="searchResultsCloseButton" class="sidebar--right__close" aria-label="Close"
        onClick=${onClose}>×</button>
    </div>
    ${loading && html`<div class="LoadingSpinner" role="status">Searching…</div>`}
    ${error && html`<p class="search-error" role="alert">${error}</p>`}
    ${
      !loading &&
      !error &&
      results.posts.length === 0 &&
      html`<div class="no-results__wrapper">
      <h3 class="no-results__title">No results for “${terms}”</h3>
      <div class="no-results__subtitle">Check the spelling or try another search.</div>
    </div>`
    }
    <div id="search-items-container" class="search-items-container" role="list">
      ${results.posts.map(
        (post) => html`<${Result} key=${post.id} post=${post} terms=${results.terms}
        channel=${results.channels.get(post.channel_id)} author=${results.users.get(post.user_id)}
        teamName=${teamName} onShown=${onShown} />`,
      )}
    </div>
  </div>`;
}
