import { html, render, useEffect, useState } from '/static/js/ui.js';

/**
 * The channel header's members button (`#member_rhs`, icon-account-outline, count `#channelMemberCountText`,
 * tooltip/name "Members") and the Members panel it toggles in the right-hand sidebar (`#sidebar-right`; title
 * `#rhsPanelTitle` "Members" with the channel's name, `#rhsCloseButton` "Close Sidebar Icon"): one
 * `[data-testid="memberline-<user id>"]` row per member whose "Send message" button (shown on hover) opens the DM.
 */
export function mountMembersButton(host, { team, channel, user }) {
  if (channel.type === 'D') return;
  const slot = document.createElement('div');
  slot.className = 'channel-header__members-slot';
  document.querySelector('.channel-header__info')?.after(slot);
  render(html`<${MembersButton} host=${host} team=${team} channel=${channel} me=${user} />`, slot);
}

function MembersButton({ host, team, channel, me }) {
  const [members, setMembers] = useState(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    host.api('GET', `/users?in_channel=${channel.id}&page=0&per_page=200`).then(setMembers, () => {});
  }, []);
  useEffect(() => {
    if (open) showPanel({ team, channel, me, members: members ?? [], onClose: () => setOpen(false) });
    else hidePanel();
  }, [open, members]);
  return html`<button type="button" id="member_rhs" aria-label="Members" title="Members"
    class=${`member-rhs__trigger channel-header__icon${open ? ' channel-header__icon--active' : ''}`}
    aria-expanded=${String(open)} onClick=${() => setOpen(!open)}>
    <i aria-hidden="true" class="icon icon-account-outline channel-header__members"></i>
    <span id="channelMemberCountText" class="icon__text">${members ? members.length : '-'}</span>
  </button>`;
}

let panel = null;

function showPanel(props) {
  document.getElementById('sidebar-right')?.remove();
  panel = document.createElement('div');
  panel.id = 'sidebar-right';
  panel.className = 'sidebar--right';
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Members');
  document.getElementById('root').append(panel);
  document.getElementById('root').classList.add('app--rhs-open');
  render(html`<${MembersPanel} ...${props} />`, panel);
}

function hidePanel() {
  if (!panel) return;
  render(null, panel);
  panel.remove();
  panel = null;
  document.getElementById('root').classList.remove('app--rhs-open');
}

function MembersPanel({ team, channel, me, members, onClose }) {
  const message = (user) => window.location.assign(`/${team.name}/messages/@${user.username}`);
  return html`<div id="rhsContainer" class="sidebar-right__body channel-members-rhs">
    <div class="sidebar--right__header">
      <span class="sidebar--right__title"><h2><span id="rhsPanelTitle">Members</span>
        <span class="sidebar--right__title__subtitle">${channel.display_name}</span></h2></span>
      <button type="button" id="rhsCloseButton" class="sidebar--right__close" aria-label="Close Sidebar Icon"
        onClick=${onClose}>×</button>
    </div>
    <div class="channel-members-rhs__list" role="list">
      ${members.map(
        (
          user,
        ) => html`<div role="listitem" class="channel-members-rhs__member" data-testid=${`memberline-${user.id}`}>
          <span class="ProfileSpan"><span class="profileSpan_userInfo">${user.username}${
            user.id === me.id ? ' (you)' : ''
          }</span></span>
          <button type="button" class="channel-members-rhs__send" aria-label="Send message" title="Send message"
            onClick=${() => message(user)}><i class="icon icon-send" aria-hidden="true"></i></button>
        </div>`,
      )}
    </div>
  </div>`;
}
