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
    host
      .api('GET', '/users/me/status')
      .then((status) => showStatus(status.status))
      .catch(() => showStatus('offline'));
    host.on('websocket', (event) => {
      if (event.event === 'status_change' && event.data.user_id === user.id) showStatus(event.data.status);
    });
  });
}

function showStatus(status) {
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
