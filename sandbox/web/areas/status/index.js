import { h } from '/static/js/dom.js';

// Mattermost's user_account_menuButton.tsx: the icon class of each status in `.userStatusIconWrapper` and the
// button's screen-reader description (#userAccountMenuButtonDescribedBy).
const STATUS_VIEW = {
  online: { icon: 'userAccountMenu_onlineMenuItem_icon', description: 'Status is "Online".' },
  away: { icon: 'userAccountMenu_awayMenuItem_icon', description: 'Status is "Away".' },
  dnd: { icon: 'userAccountMenu_dndMenuItem_icon', description: 'Status is "Do not disturb".' },
  offline: { icon: 'userAccountMenu_offlineMenuItem_icon', description: 'Status is "Offline".' },
};

/**
 * The signed-in user's status on the avatar of the account menu button: read when the view is ready, changed
 * by the server's `status_change` event (after /away, /online, /dnd, /offline or a status set elsewhere).
 */
export function install(host) {
  injectStyles();
  host.on('ready', ({ user }) => {
    addStatusItems(host, user);
    host
      .api('GET', '/users/me/status')
      .then((status) => showStatus(status.status))
      .catch(() => showStatus('offline'));
    host.on('websocket', (event) => {
      if (event.event === 'status_change' && event.data.user_id === user.id) showStatus(event.data.status);
    });
  });
}

// Mattermost's user_account_{online,away,offline}_menuitem.tsx: radio items of the account menu (labels as
// there). Do not disturb opens a submenu of end times in Mattermost; the sandbox does not offer it yet.
const MENU_STATUSES = [
  ['online', 'Online'],
  ['away', 'Away'],
  ['offline', 'Offline'],
];

function addStatusItems(host, user) {
  const profile = document.getElementById('accountMenuProfile');
  if (!profile || document.querySelector('[data-status-item]')) return;
  const items = MENU_STATUSES.map(([status, label]) =>
    h(
      'button',
      {
        type: 'button',
        role: 'menuitemradio',
        'aria-checked': 'false',
        'data-status-item': status,
        className: `status-item ${STATUS_VIEW[status].icon}-item`,
        onclick: () =>
          host.api('PUT', `/users/${user.id}/status`, { user_id: user.id, status }).then((saved) => {
            showStatus(saved.status);
          }),
      },
      h('span', { className: `status-icon ${STATUS_VIEW[status].icon}`, 'aria-hidden': 'true' }),
      label,
    ),
  );
  profile.before(...items, h('hr', { className: 'menu-divider' }));
}

function showStatus(status) {
  for (const item of document.querySelectorAll('[data-status-item]')) {
    item.setAttribute('aria-checked', String(item.dataset.statusItem === status));
  }
  const button = document.getElementById('accountMenuButton');
  if (!button) return;
  const view = STATUS_VIEW[status] ?? STATUS_VIEW.offline;
  button.querySelector('.userStatusIconWrapper')?.remove();
  document.getElementById('userAccountMenuButtonDescribedBy')?.remove();
  button.dataset.status = status;
  button.setAttribute('aria-describedby', 'userAccountMenuButtonDescribedBy');
  button.append(
    h(
      'div',
      { className: 'userStatusIconWrapper', 'aria-hidden': 'true' },
      h('span', { className: `status-icon ${view.icon}` }),
    ),
    h('p', { id: 'userAccountMenuButtonDescribedBy', className: 'sr-only' }, view.description),
  );
}

function injectStyles() {
  if (document.getElementById('status-styles')) return;
  const link = document.createElement('link');
  link.id = 'status-styles';
  link.rel = 'stylesheet';
  link.href = '/static/areas/status/status.css';
  document.head.append(link);
}
