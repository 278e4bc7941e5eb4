import { html, render, useEffect, useRef, useState } from '/static/js/ui.js';
import { ArchiveChannelModal, LeavePrivateChannelModal } from './modals.js';

const DEFAULT_CHANNEL = 'town-square';

/**
 * The channel header menu: `#channelHeaderDropdownButton` (holding `#channelHeaderTitle`, as in Mattermost, so a
 * click on the title opens it too) and the `role=menu` named "<channel> Channel Menu" (PW lib `channel_menu.ts`)
 * with the items this sandbox implements: Leave Channel, Archive Channel / Unarchive Channel.
 */
export function mountHeaderMenu(host, { team, channel, user }) {
  const title = document.getElementById('channelHeaderTitle');
  const mount = document.createElement('div');
  mount.className = 'channel-header__menu';
  title.replaceWith(mount);
  render(
    html`<${HeaderMenu} host=${host} team=${team} channel=${channel} user=${user} title=${title} />`,
    mount,
  );
}

function HeaderMenu({ host, team, channel, user, title }) {
  const [open, setOpen] = useState(false);
  const [modal, setModal] = useState(null);
  const titleSlot = useRef(null);
  const menu = useRef(null);
  useEffect(() => titleSlot.current?.append(title), []);
  useEffect(() => {
    if (!open) return undefined;
    menu.current?.querySelector('[role="menuitem"]')?.focus();
    const close = (event) => !event.target.closest?.('.channel-header__menu') && setOpen(false);
    const onKey = (event) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const archived = channel.delete_at > 0;
  const isAdmin = /\bsystem_admin\b/.test(user.roles ?? '');
  const townSquare = `/${team.name}/channels/${DEFAULT_CHANNEL}`;
  const leave = async () => {
    await host.api('DELETE', `/channels/${channel.id}/members/${user.id}`);
    window.location.assign(townSquare);
  };
  const choose = (action) => () => {
    setOpen(false);
    action();
  };
  const items = [];
  // A direct or group message is neither left nor archived like a channel.
  const conversation = channel.type === 'D' || channel.type === 'G';
  if (channel.name !== DEFAULT_CHANNEL && !conversation) {
    items.push([
      'channelLeaveChannel',
      'Leave Channel',
      channel.type === 'P' ? () => setModal('leave') : leave,
    ]);
  }
  if (!archived && channel.name !== DEFAULT_CHANNEL && !conversation)
    items.push(['channelArchiveChannel', 'Archive Channel', () => setModal('archive')]);
  if (archived && isAdmin) {
    items.push([
      'channelUnarchiveChannel',
      'Unarchive Channel',
      async () => {
        await host.api('POST', `/channels/${channel.id}/restore`);
        window.location.reload();
      },
    ]);
  }
  return html`<button type="button" id="channelHeaderDropdownButton" class="channel-header__top"
      aria-haspopup="menu" aria-expanded=${String(open)} aria-controls="channelHeaderDropdownMenu"
      onClick=${() => setOpen(!open)}>
      ${
        archived &&
        html`<span class="icon-archive-outline channel-header__archived" aria-label="archived channel icon"
        role="img">🗄</span>`
      }
      <span ref=${titleSlot} class="channel-header__title-slot"></span>
      <span class="channel-header__chevron" aria-hidden="true">▾</span>
    </button>
    ${
      open &&
      html`<div id="channelHeaderDropdownMenu" class="dropdown-menu" role="menu" ref=${menu}
      aria-label=${`${channel.display_name} Channel Menu`}>
      ${items.map(
        ([id, label, action]) => html`<button type="button" role="menuitem" id=${id}
        onClick=${choose(action)}>${label}</button>`,
      )}
    </div>`
    }
    ${
      modal === 'archive' &&
      html`<${ArchiveChannelModal} channel=${channel} onClose=${() => setModal(null)}
      onConfirm=${async () => {
        await host.api('DELETE', `/channels/${channel.id}`);
        window.location.reload();
      }} />`
    }
    ${
      modal === 'leave' &&
      html`<${LeavePrivateChannelModal} channel=${channel} onClose=${() => setModal(null)}
      onConfirm=${leave} />`
    }`;
}
