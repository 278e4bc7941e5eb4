import { addStylesheet, h, setChildren } from '/static/js/dom.js';

// Mattermost's global_threads.tsx and sidebar threads link: the LHS item #sidebar-threads-button ("Threads")
// opens /<team>/threads in #app-content.GlobalThreads, headed "Followed threads"; with no thread it shows the
// NoResultsIndicator texts below, otherwise #threads-list of the threads the user follows.
const TEXTS = {
  title: 'Followed threads',
  subtitle: 'Threads you’re participating in will automatically show here',
  emptyTitle: 'No followed threads yet',
  emptySubtitle:
    'Any threads you are mentioned in or have participated in will show here along with any threads you have followed.',
};

/**
 * The Threads view of collapsed reply threads: opened in place from the sidebar (the address becomes
 * /<team>/threads as in Mattermost; Back returns to the channel), listing what
 * GET /users/me/teams/{team}/threads answers.
 */
export function install(host) {
  // Before the view appears, so the item is there from the first look (as the sidebar's other parts).
  host.beforeReveal(({ team }) => {
    addStylesheet('/static/areas/threads/threads.css');
    const channelPath = window.location.pathname;
    const view = new ThreadsView(host, team);
    document.querySelector('#SidebarContainer .sidebar-header')?.after(sidebarItem(team, () => view.open()));
    window.addEventListener('popstate', () => {
      if (window.location.pathname === channelPath) view.close();
    });
  });
}

function sidebarItem(team, open) {
  const link = h(
    'a',
    {
      id: 'sidebar-threads-button',
      className: 'SidebarLink',
      href: `/${team.name}/threads`,
      onclick: (event) => {
        event.preventDefault();
        open();
      },
    },
    h('span', { className: 'icon icon-message-text-outline', 'aria-hidden': 'true' }),
    h('span', { className: 'SidebarChannelLinkLabel' }, 'Threads'),
  );
  return h(
    'ul',
    { className: 'SidebarGlobalThreads sidebar-channels' },
    h('li', { className: 'SidebarChannel' }, link),
  );
}

class ThreadsView {
  constructor(host, team) {
    this.host = host;
    this.team = team;
    this.element = h('div', { id: 'app-content', className: 'GlobalThreads app__content', hidden: true });
    document.getElementById('channel_view').after(this.element);
  }

  async open() {
    const threadsPath = `/${this.team.name}/threads`;
    if (window.location.pathname !== threadsPath) window.history.pushState({}, '', threadsPath);
    document.getElementById('sidebar-threads-button')?.classList.add('active');
    setChildren(this.element, h('div', { className: 'loading-screen', role: 'status' }, 'Loading…'));
    document.getElementById('channel_view').hidden = true;
    this.element.hidden = false;
    const list = await this.host.api('GET', `/users/me/teams/${this.team.id}/threads`);
    setChildren(this.element, header(), list.threads.length ? threadList(list.threads) : emptyState());
  }

  close() {
    this.element.hidden = true;
    document.getElementById('sidebar-threads-button')?.classList.remove('active');
    document.getElementById('channel_view').hidden = false;
  }
}

function header() {
  return h(
    'header',
    { className: 'Header' },
    h('h1', { className: 'Header__title' }, TEXTS.title),
    h('p', { className: 'Header__subtitle' }, TEXTS.subtitle),
  );
}

function emptyState() {
  return h(
    'div',
    { className: 'no-results__holder' },
    h(
      'div',
      { className: 'no-results__wrapper' },
      h('h3', { className: 'no-results__title', 'data-testid': 'no-results-title' }, TEXTS.emptyTitle),
      h('p', { className: 'no-results__subtitle' }, TEXTS.emptySubtitle),
    ),
  );
}

function threadList(threads) {
  return h(
    'div',
    { id: 'threads-list', className: 'ThreadList', role: 'list' },
    threads.map((thread) =>
      h(
        'article',
        { className: 'ThreadItem', role: 'listitem', 'data-testid': 'threadListItem' },
        h('div', { className: 'preview' }, thread.post.message),
        h('div', { className: 'activity' }, replies(thread.reply_count)),
      ),
    ),
  );
}

function replies(count) {
  return count === 1 ? '1 reply' : `${count} replies`;
}
