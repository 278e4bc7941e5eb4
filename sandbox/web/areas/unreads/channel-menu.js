import { h } from '/static/js/dom.js';
import { bindMenu } from '/static/js/menus.js';

/**
 * Each sidebar channel's "Channel options for <name>" button (`SidebarChannelMenu-Button-<id>`) and its "Edit
 * channel menu" (`SidebarChannelMenu-MenuList-<id>`): Mark as Read or Mark as Unread, and Copy Link for public and
 * private channels. While the menu is open the item has `menuIsOpen`, which hides its mention badge.
 */
export function addChannelMenus(state, unreads) {
  for (const channel of state.channels) {
    const link = unreads.itemOf(channel);
    const item = link?.closest('li');
    if (!item || channel.delete_at > 0) continue;
    item.append(channelMenu(state, channel, unreads, item));
  }
}

function channelMenu(state, channel, unreads, item) {
  const button = h(
    'button',
    {
      type: 'button',
      id: `SidebarChannelMenu-Button-${channel.id}`,
      className: 'SidebarMenu_menuButton',
      'aria-label': `Channel options for ${channel.name}`,
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
    },
    '⋮',
  );
  const menu = h(
    'div',
    {
      id: `SidebarChannelMenu-MenuList-${channel.id}`,
      className: 'dropdown-menu',
      role: 'menu',
      'aria-label': 'Edit channel menu',
      hidden: true,
    },
    ...menuItems(state, channel, unreads),
  );
  bindMenu(button, menu);
  new MutationObserver(() => {
    item.classList.toggle('menuIsOpen', button.getAttribute('aria-expanded') === 'true');
  }).observe(button, { attributes: true, attributeFilter: ['aria-expanded'] });
  return h('div', { className: 'SidebarMenu MenuWrapper' }, button, menu);
}

function menuItems(state, channel, unreads) {
  const item = (id, text, onclick) =>
    h('button', { type: 'button', role: 'menuitem', id: `${id}-${channel.id}`, onclick }, text);
  // The menu is built when the sidebar is; which of the two it offers follows the item's state when opened.
  const read = item('markAsRead', 'Mark as Read', () => unreads.markRead(channel));
  const unread = item('markAsUnread', 'Mark as Unread', () => unreads.markUnread(channel));
  const items = [read, unread];
  const sync = () => {
    const isUnread = unreads.itemOf(channel)?.classList.contains('unread-title') ?? false;
    read.hidden = !isUnread;
    unread.hidden = isUnread;
  };
  sync();
  new MutationObserver(sync).observe(unreads.itemOf(channel), {
    attributes: true,
    attributeFilter: ['class'],
  });
  if (channel.type === 'O' || channel.type === 'P') {
    const url = `${window.location.origin}/${state.team.name}/channels/${channel.name}`;
    items.push(
      h('hr', { className: 'menu-divider' }),
      item('copyLink', 'Copy Link', () => navigator.clipboard?.writeText(url).catch(() => {})),
    );
  }
  return items;
}
