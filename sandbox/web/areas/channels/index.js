import { addStylesheet } from '/static/js/dom.js';
import { html, render } from '/static/js/ui.js';
import { mountHeaderMenu } from './header-menu.js';
import { mountNewChannel } from './new-channel.js';
import { bindSwitcher } from './switcher.js';

/**
 * Channels: the channel header menu (leave, archive, unarchive), the archived channel view (no message box,
 * `#channelArchivedMessage` with "Close Channel"), the channel switcher (Ctrl/Cmd+K) and the "+" that creates a
 * channel (`new-channel.js`).
 */
export function install(host) {
  host.on('ready', (state) => {
    addStylesheet('/static/areas/channels/channels.css');
    mountHeaderMenu(host, state);
    mountNewChannel(host, state);
    if (state.channel.delete_at > 0) showArchivedView(state);
    bindSwitcher(host, state);
  });
}

function showArchivedView({ team }) {
  document.getElementById('create_post').hidden = true;
  const footer = document.createElement('div');
  document.getElementById('channel_view').append(footer);
  const close = () => window.location.assign(`/${team.name}/channels/town-square`);
  render(
    html`<div id="channelArchivedMessage" class="channel-archived__message">
      <span>You are viewing an <strong>archived channel</strong>. New messages cannot be posted.</span>
      <button type="button" class="btn btn-primary channel-archived__close-btn" onClick=${close}>Close Channel</button>
    </div>`,
    footer,
  );
}
