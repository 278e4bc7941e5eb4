import { addStylesheet } from '/static/js/dom.js';
import { html, render } from '/static/js/ui.js';
import { mountMembersButton } from './members-rhs.js';
import { MoreDirectChannels } from './more-direct-channels.js';

/**
 * Direct and group messages: the "+" ("Write a direct message") beside DIRECT MESSAGES and Ctrl/Cmd+Shift+K open
 * the "Direct Messages" dialog (`#moreDmModal`); the channel header's members button (`#member_rhs`) opens the
 * Members panel, whose "Send message" buttons open a DM.
 */
export function install(host) {
  host.on('ready', (state) => {
    addStylesheet('/static/areas/direct-messages/direct-messages.css');
    const mount = document.createElement('div');
    document.body.append(mount);
    const close = () => render(null, mount);
    const open = () =>
      render(
        html`<${MoreDirectChannels} host=${host} team=${state.team} me=${state.user} onClose=${close} />`,
        mount,
      );
    addWriteButton(open);
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.key.toLowerCase() !== 'k') return;
      event.preventDefault();
      if (mount.firstChild) close();
      else open();
    });
    mountMembersButton(host, state);
  });
}

function addWriteButton(open) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'icon-button sidebar-section-header__add';
  button.setAttribute('aria-label', 'Write a direct message');
  button.textContent = '+';
  button.addEventListener('click', open);
  document.getElementById('directMessagesHeader').append(button);
}
