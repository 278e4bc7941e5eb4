import { html, render, useEffect, useRef, useState } from '/static/js/ui.js';
import { AddMembersModal } from './member-modals.js';
import { headerMenuItems } from './menu-items.js';
import {
  ArchiveChannelModal,
  ConvertToPrivateModal,
  EditTextModal,
  LeavePrivateChannelModal,
  RenameChannelModal,
} from './modals.js';

const DEFAULT_CHANNEL = 'town-square';

/**
 * The channel header menu: `#channelHeaderDropdownButton` (holding `#channelHeaderTitle`, as in Mattermost, so a
 * click on the title opens it too) and the `role=menu` named "<channel> Channel Menu" (PW lib `channel_menu.ts`)
 * with the items of `menu-items.js`; header, purpose and rename open their dialogs and save through
 * `PUT /channels/{id}/patch` (the server posts the system message), the members items open the members panel.
 */
export function mountHeaderMenu(host, { team, channel, user }) {
  recordViewedChannel(team, channel);
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
  const leave = async () => {
    await host.api('DELETE', `/channels/${channel.id}/members/${user.id}`);
    // Mattermost goes back to the channel viewed before this one (its "penultimate" channel), else Town Square.
    const previous = previousChannelName(team, channel);
    window.location.assign(`/${team.name}/channels/${previous ?? DEFAULT_CHANNEL}`);
  };
  const patch = async (body) => {
    await host.api('PUT', `/channels/${channel.id}/patch`, body);
    window.location.reload();
  };
  const actions = {
    members: () => document.getElementById('member_rhs')?.click(),
    'add-members': () => setModal('add-members'),
    header: () => setModal('header'),
    purpose: () => setModal('purpose'),
    rename: () => setModal('rename'),
    convert: () => setModal('convert'),
    archive: () => setModal('archive'),
    leave: channel.type === 'P' ? () => setModal('leave') : leave,
    unarchive: async () => {
      await host.api('POST', `/channels/${channel.id}/restore`);
      window.location.reload();
    },
  };
  const choose = (action) => () => {
    setOpen(false);
    action();
  };
  const items = headerMenuItems({ channel, user, isMember: true }).map(([id, label, action]) => [
    id,
    label,
    actions[action],
  ]);
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
      modal === 'header' &&
      html`<${EditTextModal} id="editChannelHeaderModal" title=${`Edit Header for ${channel.display_name}`}
      label="Edit the text appearing next to the channel name in the header." initial=${channel.header}
      maxLength="1024" onClose=${() => setModal(null)} onSave=${(header) => patch({ header })} />`
    }
    ${
      modal === 'purpose' &&
      html`<${EditTextModal} id="editChannelPurposeModal" title=${`Edit Purpose for ${channel.display_name}`}
      label="Describe how this channel should be used." initial=${channel.purpose} maxLength="250"
      onClose=${() => setModal(null)} onSave=${(purpose) => patch({ purpose })} />`
    }
    ${
      modal === 'rename' &&
      html`<${RenameChannelModal} channel=${channel} onClose=${() => setModal(null)}
      onSave=${(displayName) => patch({ display_name: displayName })} />`
    }
    ${
      modal === 'convert' &&
      html`<${ConvertToPrivateModal} channel=${channel} onClose=${() => setModal(null)}
      onConfirm=${async () => {
        await host.api('PUT', `/channels/${channel.id}/privacy`, { privacy: 'P' });
        window.location.reload();
      }} />`
    }
    ${
      modal === 'add-members' &&
      html`<${AddMembersModal} host=${host} team=${team} channel=${channel} onClose=${() => setModal(null)}
      onAdded=${() => window.location.reload()} />`
    }
    ${
      modal === 'leave' &&
      html`<${LeavePrivateChannelModal} channel=${channel} onClose=${() => setModal(null)}
      onConfirm=${leave} />`
    }`;
}

const viewedKey = (team) => `casebook.channels.viewed.${team.id}`;

/** The team's last two viewed channels (names), newest first, as Mattermost keeps its penultimate channel. */
function recordViewedChannel(team, channel) {
  if (channel.type === 'D' || channel.type === 'G') return;
  const viewed = JSON.parse(localStorage.getItem(viewedKey(team)) ?? '[]').filter(
    (name) => name !== channel.name,
  );
  localStorage.setItem(viewedKey(team), JSON.stringify([channel.name, ...viewed].slice(0, 2)));
}

function previousChannelName(team, channel) {
  const viewed = JSON.parse(localStorage.getItem(viewedKey(team)) ?? '[]');
  return viewed.find((name) => name !== channel.name);
}
