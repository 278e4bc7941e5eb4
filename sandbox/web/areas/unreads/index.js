import { addStylesheet } from '/static/js/dom.js';
import { addChannelMenus } from './channel-menu.js';
import { SidebarUnreads } from './sidebar-unreads.js';

/**
 * Read and unread channels in the sidebar (Mattermost's SidebarChannelLink): an unread channel is bold
 * (`unread-title`), one with mentions shows the count in `#unreadMentions.badge`; opening a channel views it
 * (and new posts in it while it is open); each channel has its "Channel options" menu (Mark as Read / Unread,
 * Copy Link), which hides the badge while it is open.
 */
export function install(host) {
  let unreads;
  host.beforeReveal(async (state) => {
    addStylesheet('/static/areas/unreads/unreads.css');
    unreads = new SidebarUnreads(host, state);
    await unreads.refresh();
    addChannelMenus(state, unreads);
    await unreads.view(state.channel.id);
  });
  host.on('websocket', (event) => {
    if (event.event === 'posted') unreads?.onPosted(event).catch(() => {});
  });
}
