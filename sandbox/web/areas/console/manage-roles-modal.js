import { api } from '/static/js/api.js';
import { html, useState } from '/static/js/ui.js';

/** The roles the modal decides; the account's other roles (delegated admin, tokens) are kept as they are. */
const DECIDED = new Set(['system_user', 'system_admin']);

function rolesAfter(user, admin) {
  const kept = user.roles.split(' ').filter((role) => role && !DECIDED.has(role));
  return ['system_user', ...(admin ? ['system_admin'] : []), ...kept].join(' ');
}

/**
 * System Console > Users > Manage roles (admin_console/manage_roles_modal: `.manage-teams`, "Manage Roles", the
 * user's name and email, the System Admin / Member radios, Cancel and Save; "Unable to save roles." when the
 * server refuses). The personal access token and delegated role options are not drawn: the sandbox has neither.
 */
export function ManageRolesModal({ user, onSaved, onClose }) {
  const [admin, setAdmin] = useState(user.roles.split(' ').includes('system_admin'));
  const [error, setError] = useState('');
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ');
  const name = full ? `${full} (@${user.username})` : `@${user.username}`;
  const save = async () => {
    setError('');
    try {
      await api('PUT', `/users/${user.id}/roles`, { roles: rolesAfter(user, admin) });
    } catch {
      setError('Unable to save roles.');
      return;
    }
    onSaved();
  };
  const radio = (field, label, checked, value) => html`
    <div class="radio-inline">
      <label>
        <input name=${field} type="radio" checked=${checked} onChange=${() => setAdmin(value)} />
        ${label}
      </label>
    </div>
  `;
  return html`
    <div class="modal-backdrop">
      <div class="modal a11y__modal manage-teams" role="dialog" aria-modal="true" aria-labelledby="manageRolesModalLabel">
        <h1 id="manageRolesModalLabel" class="modal-title">Manage Roles</h1>
        <div class="modal-body">
          <div class="manage-teams__user">
            <div class="manage-teams__info">
              <div class="manage-teams__name">${name}</div>
              <div class="manage-teams__email">${user.email}</div>
            </div>
          </div>
          <div class="manage-row--inner">
            ${radio('systemadmin', 'System Admin', admin, true)}
            ${radio('systemmember', 'Member', !admin, false)}
          </div>
          ${error ? html`<div class="has-error"><span class="control-label">${error}</span></div>` : null}
        </div>
        <div class="modal-footer">
          <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
          <button type="button" class="btn btn-primary" onClick=${save}>Save</button>
        </div>
      </div>
    </div>
  `;
}
