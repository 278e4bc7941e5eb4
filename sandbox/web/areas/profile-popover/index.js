import { h } from '/static/js/dom.js';
import { openAccountSettings } from '/static/js/settings-modal.js';

/**
 * The profile popover Mattermost opens from a post's author name (#user-profile-popover): full name
 * (`popover-fullname-<username>`), "@username" (.user-popover__username), position, and for one's own popover the
 * "Edit Profile" button that opens the profile settings. Escape or a click elsewhere closes it.
 */
export function install(host) {
  injectStyles();
  host.on('post', ({ post, element }) => {
    const name = element?.querySelector('.post__header .user-popover');
    if (!name) return;
    name.setAttribute('role', 'button');
    name.tabIndex = 0;
    const open = (event) => {
      event.stopPropagation();
      showPopover(host, post.user_id, name).catch(() => {});
    };
    name.addEventListener('click', open);
    name.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') open(event);
    });
  });
  document.addEventListener('click', (event) => {
    const popover = document.getElementById('user-profile-popover');
    if (popover && !popover.contains(event.target)) popover.remove();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') document.getElementById('user-profile-popover')?.remove();
  });
}

async function showPopover(host, userId, anchor) {
  document.getElementById('user-profile-popover')?.remove();
  const user = await host.api('GET', `/users/${userId}`);
  const me = host.session?.user ?? host.state.user;
  const fullName = `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim();
  const own = me?.id === user.id;
  const editProfile = () => {
    document.getElementById('user-profile-popover')?.remove();
    openAccountSettings(host.session ?? { user: me }, 'profile', 'profile');
  };
  const popover = h(
    'div',
    {
      id: 'user-profile-popover',
      className: 'user-profile-popover popover',
      role: 'dialog',
      'aria-label': `${user.username}'s profile`,
    },
    fullName
      ? h(
          'div',
          { className: 'user-popover__fullname', 'data-testid': `popover-fullname-${user.username}` },
          fullName,
        )
      : null,
    h('div', { className: 'user-popover__username' }, `@${user.username}`),
    user.nickname ? h('div', { className: 'user-popover__nickname' }, user.nickname) : null,
    user.position ? h('div', { className: 'user-popover__position' }, user.position) : null,
    own
      ? h(
          'div',
          { className: 'user-popover__bottom-row-container' },
          h(
            'button',
            { type: 'button', className: 'btn btn-primary btn-sm', onclick: editProfile },
            'Edit Profile',
          ),
        )
      : null,
  );
  const box = anchor.getBoundingClientRect();
  popover.style.top = `${box.bottom + window.scrollY + 4}px`;
  popover.style.left = `${box.left + window.scrollX}px`;
  document.body.append(popover);
}

function injectStyles() {
  const style = document.createElement('style');
  style.textContent = `
    .user-popover[role="button"] { cursor: pointer; }
    .user-profile-popover { position: absolute; z-index: 50; min-width: 220px; max-width: 300px; padding: 12px 16px;
      background: var(--center-bg, #fff); color: inherit; border: 1px solid rgba(0,0,0,.15); border-radius: 8px;
      box-shadow: 0 8px 24px rgba(0,0,0,.12); display: flex; flex-direction: column; gap: 4px; }
    .user-popover__fullname { font-weight: 700; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .user-popover__username, .user-popover__position { opacity: .8; }
    .user-popover__bottom-row-container { margin-top: 8px; }`;
  document.head.append(style);
}
