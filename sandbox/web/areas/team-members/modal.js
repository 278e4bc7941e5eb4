import { html, render, useEffect, useRef, useState } from '/static/js/ui.js';

/** The role a row shows (components/team_members_dropdown): system admins first, then team admins. */
function roleLabel(user, member) {
  if (/\bsystem_admin\b/.test(user.roles ?? '')) return 'System Admin';
  if (/\bteam_admin\b/.test(member.roles ?? '')) return 'Team Admin';
  return 'Member';
}

/**
 * TeamMembersDropdown: the role as a `#teamMembersDropdown_<username>` toggle whose menu ("Change the role of a
 * team member") offers Remove From Team (`#removeFromTeam`, not for oneself), Make Team Admin and Make Member.
 */
function RoleDropdown({ user, member, me, onChange }) {
  const [open, setOpen] = useState(false);
  const label = roleLabel(user, member);
  const sysAdmin = label === 'System Admin';
  const admin = /\bteam_admin\b/.test(member.roles ?? '');
  const items = [];
  if (user.id !== me.id) items.push(['removeFromTeam', 'Remove From Team', 'remove']);
  if (!sysAdmin && !admin) items.push([undefined, 'Make Team Admin', 'team_user team_admin']);
  if (!sysAdmin && admin) items.push([undefined, 'Make Member', 'team_user']);
  if (!items.length) return html`<div>${label}</div>`;
  const pick = async (action) => {
    setOpen(false);
    await onChange(user, action);
  };
  return html`<div class="dropdown">
    <button id=${`teamMembersDropdown_${user.username}`} class="dropdown-toggle theme color--link style--none"
      type="button" aria-expanded=${open} onClick=${() => setOpen(!open)}><span>${label} </span></button>
    ${
      open &&
      html`<ul class="dropdown-menu" role="menu" aria-label="Change the role of a team member">
      ${items.map(
        ([id, text, action]) => html`<li role="presentation"><button type="button" role="menuitem" id=${id}
          class="style--none" onClick=${() => pick(action)}>${text}</button></li>`,
      )}
    </ul>`
    }
  </div>`;
}

function MemberRow({ user, member, me, manages, onChange }) {
  return html`<div class="more-modal__row" data-testid=${`userListItem_${user.username}`}>
    <div class="more-modal__details">
      <div class="more-modal__name">@${user.username}</div>
      <div class="more-modal__description">${[user.first_name, user.last_name].filter(Boolean).join(' ')}</div>
    </div>
    <div class="more-modal__actions">
      ${
        manages
          ? html`<${RoleDropdown} user=${user} member=${member} me=${me} onChange=${onChange} />`
          : html`<div>${roleLabel(user, member)}</div>`
      }
    </div>
  </div>`;
}

function matches(user, term) {
  const words = [user.username, user.first_name, user.last_name, user.nickname].join(' ').toLowerCase();
  return !term || words.includes(term.trim().toLowerCase().replace(/^@/, ''));
}

/**
 * TeamMembersModal (`#teamMembersModal`, "<team> Members"): the team's members with a search box
 * (`#searchUsersInput`, "Search users"); a role change goes to `PUT /teams/{id}/members/{uid}/roles`, a removal to
 * `DELETE /teams/{id}/members/{uid}`, and the list is read again from the server afterwards.
 */
function TeamMembersModal({ host, team, manages, onClose }) {
  const dialog = useRef(null);
  const [rows, setRows] = useState([]);
  const [term, setTerm] = useState('');
  const load = async () => {
    const members = await host.api('GET', `/teams/${team.id}/members`);
    const users = await host.api('GET', `/users?in_team=${team.id}&per_page=200`);
    const byId = new Map(members.map((member) => [member.user_id, member]));
    setRows(users.filter((user) => byId.has(user.id)).map((user) => ({ user, member: byId.get(user.id) })));
  };
  useEffect(() => {
    dialog.current?.showModal?.();
    load().catch((error) => console.error('team members: load failed', error));
  }, []);
  const change = async (user, action) => {
    try {
      if (action === 'remove') await host.api('DELETE', `/teams/${team.id}/members/${user.id}`);
      else await host.api('PUT', `/teams/${team.id}/members/${user.id}/roles`, { roles: action });
      await load();
    } catch (error) {
      console.error('team members: change failed', error);
    }
  };
  const shown = rows.filter(({ user }) => matches(user, term));
  return html`<dialog id="teamMembersModal" class="modal a11y__modal more-modal" role="dialog"
      aria-labelledby="teamMemberModalLabel" ref=${dialog}
      onCancel=${(event) => {
        event.preventDefault();
        onClose();
      }}>
    <div class="modal-content">
      <div class="modal-header">
        <h1 class="modal-title" id="teamMemberModalLabel">${team.display_name} Members</h1>
        <button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button>
      </div>
      <div class="modal-body">
        <input id="searchUsersInput" class="form-control filter-textbox" placeholder="Search users"
          aria-label="Search users" value=${term} onInput=${(event) => setTerm(event.target.value)} />
        <div class="more-modal__list">
          ${shown.map(
            ({ user, member }) =>
              html`<${MemberRow} key=${user.id} user=${user} member=${member} me=${host.state.user}
                manages=${manages} onChange=${change} />`,
          )}
        </div>
      </div>
    </div>
  </dialog>`;
}

export function openTeamMembers(host, team, manages) {
  const mount = document.createElement('div');
  document.body.append(mount);
  const close = () => {
    render(null, mount);
    mount.remove();
  };
  render(html`<${TeamMembersModal} host=${host} team=${team} manages=${manages} onClose=${close} />`, mount);
}
