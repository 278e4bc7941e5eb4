import { addStylesheet } from '/static/js/dom.js';
import { html, render, useState } from '/static/js/ui.js';
import { linkHashtags } from './hashtags.js';
import { SearchResults } from './results.js';
import { SearchBox } from './search-box.js';

/**
 * Message search: the header's `#searchFormContainer` opens the `#searchBox` popover; Enter asks
 * `POST /teams/{team_id}/posts/search` (Client4's searchPostsWithParams) and shows the results in the right-hand
 * sidebar (`#sidebar-right` > `#searchContainer`). Clicking a #hashtag anywhere searches for it, as in Mattermost.
 */
export function install(host) {
  host.on('ready', (state) => mount(host, state));
  host.on('post', ({ element }) => linkHashtags(element.querySelector('.post-message__text')));
}

function mount(host, { team, channels }) {
  addStylesheet('/static/areas/search/search.css');
  const form = document.createElement('div');
  form.className = 'search-form-mount';
  const header = document.querySelector('.channel-header');
  header?.insertBefore(form, header.querySelector('.account-menu'));
  const known = new Map(channels.map((channel) => [channel.id, channel]));
  const search = (terms) => runSearch(host, team, known, terms);
  let open = () => {};
  render(
    html`<${SearchForm} onSearch=${search} expose=${(fn) => {
      open = fn;
    }} />`,
    form,
  );
  document.addEventListener('click', (event) => {
    const tag = event.target.closest?.('[data-hashtag]');
    if (!tag) return;
    event.preventDefault();
    open(tag.dataset.hashtag);
    search(tag.dataset.hashtag);
  });
}

function SearchForm({ onSearch, expose }) {
  const [terms, setTerms] = useState('');
  const [open, setOpen] = useState(false);
  expose((value) => setTerms(value));
  return html`<div id="searchFormContainer" class="search-form" onClick=${() => !open && setOpen(true)}>
    <button type="button" class="search-form__button" aria-label="Search" aria-expanded=${String(open)}>
      <span class="search-form__icon" aria-hidden="true">⌕</span>
      <span class=${terms ? 'search-form__terms' : 'search-form__placeholder'}>${terms || 'Search'}</span>
    </button>
    ${
      open &&
      html`<${SearchBox} terms=${terms} onTerms=${setTerms} onClose=${() => setOpen(false)}
      onSearch=${(value) => {
        setOpen(false);
        onSearch(value);
      }} />`
    }
  </div>`;
}

async function runSearch(host, team, knownChannels, terms) {
  const panel = rightSidebar();
  const show = (state) =>
    render(
      html`<${SearchResults} state=${state} teamName=${team.name} onClose=${closeRightSidebar}
        onShown=${(post, element) => host.emit('searchResult', { post, element })} />`,
      panel,
    );
  const empty = { posts: [], terms: [], channels: new Map(), users: new Map() };
  show({ terms, loading: true, results: empty });
  try {
    const list = await host.api('POST', `/teams/${team.id}/posts/search`, {
      terms,
      is_or_search: false,
      time_zone_offset: -new Date().getTimezoneOffset() * 60,
      page: 0,
      per_page: 20,
      include_deleted_channels: true,
    });
    const posts = list.order.map((id) => list.posts[id]);
    const results = {
      posts,
      terms: highlightTerms(list),
      channels: await channelsOf(host, posts, knownChannels),
      users: await usersOf(host, posts),
    };
    show({ terms, loading: false, results });
  } catch (failure) {
    show({ terms, loading: false, results: empty, error: failure.message });
  }
}

function highlightTerms(list) {
  return [...new Set(Object.values(list.matches ?? {}).flat())];
}

async function channelsOf(host, posts, known) {
  for (const id of new Set(posts.map((post) => post.channel_id))) {
    if (!known.has(id)) known.set(id, await host.api('GET', `/channels/${id}`));
  }
  return known;
}

async function usersOf(host, posts) {
  const ids = [...new Set(posts.map((post) => post.user_id))];
  const users = ids.length ? await host.api('POST', '/users/ids', ids) : [];
  return new Map(users.map((user) => [user.id, user]));
}

/**
 * Mattermost's one right-hand sidebar, `#sidebar-right`, shared by search results, threads and other panels:
 * created by whichever area opens it first, and the page grid makes room for it while it is open.
 */
function rightSidebar() {
  let sidebar = document.getElementById('sidebar-right');
  if (!sidebar) {
    sidebar = document.createElement('aside');
    sidebar.id = 'sidebar-right';
    sidebar.className = 'sidebar--right';
    document.getElementById('root').append(sidebar);
  }
  sidebar.hidden = false;
  document.getElementById('root').classList.add('app--rhs-open');
  return sidebar;
}

function closeRightSidebar() {
  const sidebar = document.getElementById('sidebar-right');
  if (sidebar) {
    render(null, sidebar);
    sidebar.hidden = true;
  }
  document.getElementById('root').classList.remove('app--rhs-open');
}
