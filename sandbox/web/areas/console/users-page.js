import { api } from '/static/js/api.js';
import { html, useEffect, useState } from '/static/js/ui.js';
import { ManageRolesModal } from './manage-roles-modal.js';
import { ResetPasswordModal } from './reset-password-modal.js';
import { RevokeSessionsModal } from './revoke-sessions-modal.js';
import { userDetailUrl } from './user-detail.js';

/** The role a row's action button shows (the real list shows the role, or that the account is deactivated). */
function roleText(user) {
  if (user.delete_at > 0) return 'Deactivated';
  return user.roles.split(' ').includes('system_admin') ? 'System Admin' : 'Member';
}

/** Deactivate / Activate confirmation (`#confirmModal`, as the web app's ConfirmModal). */
function ConfirmDeactivate({ user, onConfirm, onCancel }) {
  return html`
    <div class="modal-backdrop">
      <div id="confirmModal" class="modal" role="dialog" aria-modal="true" aria-labelledby="confirmModalLabel">
        <h1 id="confirmModalLabel" class="modal-title">Deactivate ${user.username}</h1>
        <div id="confirmModalBody">
          Deactivating ${user.username} will log them out and remove them from all teams and channels. Are you sure
          you want to deactivate ${user.username}?
        </div>
        <div class="modal-footer">
          <button type="button" id="cancelModalButton" class="btn btn-tertiary" onClick=${onCancel}>Cancel</button>
          <button type="button" id="confirmModalButton" class="btn btn-danger" onClick=${onConfirm}>Deactivate</button>
        </div>
      </div>
    </div>
  `;
}

/**
 * A row's actions (system_users_list_actions): the menu the role button opens, with the real item ids
 * `actionMenuItem-systemUsersTable-<row>-<action>`; only actions the sandbox carries out are offered.
 */
function ActionMenu({ user, index, actions, onClose }) {
  const prefix = `actionMenuItem-systemUsersTable-${index}`;
  const item = (suffix, text, action) => html`
    <li role="menuitem" id=${`${prefix}-${suffix}`} tabindex="0" onClick=${() => {
      onClose();
      action(user);
    }}>${text}</li>
  `;
  const inactive = user.delete_at > 0;
  return html`
    <ul id=${`actionMenu-systemUsersTable-${index}`} class="dropdown-menu" role="menu" aria-label="User actions menu">
      ${inactive ? item('active', 'Activate', actions.activate) : null}
      ${inactive ? null : item('manageRoles', 'Manage roles', actions.manageRoles)}
      ${user.auth_service ? null : item('resetPassword', 'Reset password', actions.resetPassword)}
      ${inactive ? null : item('removeSessions', 'Revoke sessions', actions.revokeSessions)}
      ${inactive ? null : item('deactivate', 'Deactivate', actions.deactivate)}
    </ul>
  `;
}

function UserRow({ user, index, openMenu, setOpenMenu, actions }) {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  const cell = (column) => `systemUsersTable-cell-${index}_${column}`;
  return html`
    <tr data-testid="listTableBodyRow">
      <td id=${cell('usernameColumn')} data-testid="usernameColumn" class="clickable"
        onClick=${() => window.location.assign(userDetailUrl(user.id))}>
        <div data-testid="displayName">${name || user.username}</div>
        <div data-testid="userName">${user.username}</div>
      </td>
      <td id=${cell('emailColumn')} data-testid="emailColumn">${user.email}</td>
      <td id=${cell('actionsColumn')} data-testid="actionsColumn" class="actions-cell">
        <button type="button" id=${`actionMenuButton-systemUsersTable-${index}`} aria-haspopup="menu"
          aria-expanded=${openMenu === index} onClick=${() => setOpenMenu(openMenu === index ? -1 : index)}>
          ${roleText(user)}
        </button>
        ${openMenu === index ? html`<${ActionMenu} user=${user} index=${index} actions=${actions} onClose=${() => setOpenMenu(-1)} />` : null}
      </td>
    </tr>
  `;
}

/** The list's page sizes (admin_console_list_table PAGE_SIZES); the first is the default. */
const PAGE_SIZES = [10, 20, 50, 100];

/** "Showing 11 - 20 of 212 users" (admin.system_users_list.pagination); nothing while the page is empty. */
function paginationInfo(page, pageSize, rows, total) {
  if (!rows || rows.length === 0 || total === null) return null;
  const first = page.index * pageSize + 1;
  return html`<span>Showing ${first} - ${first + rows.length - 1} of ${total} users</span>`;
}

/** Previous / next page buttons (admin_console_list_table/pagination: aria-labels "Go to … page"). */
function Pagination({ onPrevious, onNext, disablePrevious, disableNext }) {
  return html`
    <div class="adminConsoleListTablePagination">
      <button type="button" class="btn btn-icon btn-sm" aria-label="Go to previous page" disabled=${disablePrevious}
        onClick=${onPrevious}>‹</button>
      <button type="button" class="btn btn-icon btn-sm" aria-label="Go to next page" disabled=${disableNext}
        onClick=${onNext}>›</button>
    </div>
  `;
}

/** The page asked for: its index and the cursor row it starts after (next) or ends before (prev). */
const FIRST_PAGE = { index: 0, direction: '', from: null };

/** System Console > User Management > Users: search, the users table, its pages and each row's actions. */
export function UsersPage({ me }) {
  const [term, setTerm] = useState('');
  const [users, setUsers] = useState(null);
  const [page, setPage] = useState(FIRST_PAGE);
  const [total, setTotal] = useState(null);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  const [openMenu, setOpenMenu] = useState(-1);
  const [confirming, setConfirming] = useState(null);
  const [resetting, setResetting] = useState(null);
  const [revoking, setRevoking] = useState(null);
  const [managingRoles, setManagingRoles] = useState(null);
  const [error, setError] = useState('');
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const query = new URLSearchParams({ page_size: String(pageSize), search_term: term });
    if (page.from) {
      query.set('direction', page.direction);
      query.set('from_column_value', page.from.username);
      query.set('from_id', page.from.id);
    }
    const load = () =>
      Promise.all([
        api('GET', `/reports/users?${query}`),
        api('GET', `/reports/users/count?${new URLSearchParams({ search_term: term })}`),
      ]).then(([rows, count]) => {
        setUsers(rows);
        setTotal(count);
      });
    // Typing waits a moment before asking the server, as the web app debounces its search.
    const timer = setTimeout(load, term && !page.from ? 300 : 0);
    return () => clearTimeout(timer);
  }, [term, page, pageSize, reload]);

  const search = (value) => {
    setTerm(value);
    setPage(FIRST_PAGE);
  };
  const rows = users ?? [];
  const lastPage = total === null || (page.index + 1) * pageSize >= total;
  // A function: the same pager is drawn above and below the table, each a vnode of its own.
  const pager = () => html`
    ${paginationInfo(page, pageSize, users, total)}
    <${Pagination}
      disablePrevious=${page.index === 0 || users === null}
      disableNext=${lastPage || users === null}
      onPrevious=${() => setPage({ index: page.index - 1, direction: 'prev', from: rows[0] })}
      onNext=${() => setPage({ index: page.index + 1, direction: 'next', from: rows[rows.length - 1] })} />
  `;

  const setActive = async (user, active) => {
    await api('PUT', `/users/${user.id}/active`, { active });
    setConfirming(null);
    setReload((n) => n + 1);
  };

  const actions = {
    activate: (user) => setActive(user, true),
    deactivate: setConfirming,
    resetPassword: setResetting,
    revokeSessions: setRevoking,
    manageRoles: setManagingRoles,
  };

  return html`
    <div class="wrapper--fixed ManageUsers">
      <div class="admin-console__header"><span>Mattermost Users</span></div>
      <div class="admin-console__wrapper">
        <div class="admin-console__content">
          <div class="admin-console__filters-rows">
            <input type="text" class="form-control" aria-label="Search users" placeholder="Search users" value=${term}
              onInput=${(event) => search(event.currentTarget.value)} />
          </div>
          ${error ? html`<div class="error-message has-error" role="alert">${error}</div>` : null}
          <div class="adminConsoleListTabletOptionalHead">${pager()}</div>
          <table id="systemUsersTable" class="adminConsoleListTable">
            <thead>
              <tr data-testid="listTableHeadRow">
                <th id="systemUsersTable-header-usernameColumn">User details</th>
                <th id="systemUsersTable-header-emailColumn">Email</th>
                <th id="systemUsersTable-header-actionsColumn">Actions</th>
              </tr>
            </thead>
            <tbody>
              ${(users ?? []).map(
                (
                  user,
                  index,
                ) => html`<${UserRow} key=${user.id} user=${user} index=${index} openMenu=${openMenu}
                  setOpenMenu=${setOpenMenu} actions=${actions} />`,
              )}
            </tbody>
          </table>
          ${users === null ? html`<div role="status">Loading</div>` : null}
          <div class="adminConsoleListTabletOptionalFoot">
            ${pager()}
            <div class="adminConsoleListTablePageSize" aria-label=${`Show ${pageSize} rows per page`}>
              Show
              <select aria-label="Rows per page" value=${pageSize} onChange=${(event) => {
                setPageSize(Number(event.currentTarget.value));
                setPage(FIRST_PAGE);
              }}>
                ${PAGE_SIZES.map((size) => html`<option key=${size} value=${size}>${size}</option>`)}
              </select>
              rows per page
            </div>
          </div>
        </div>
      </div>
      ${confirming ? html`<${ConfirmDeactivate} user=${confirming} onConfirm=${() => setActive(confirming, false)} onCancel=${() => setConfirming(null)} />` : null}
      ${revoking ? html`<${RevokeSessionsModal} user=${revoking} me=${me} onError=${setError} onClose=${() => setRevoking(null)} />` : null}
      ${
        managingRoles
          ? html`<${ManageRolesModal} user=${managingRoles} onClose=${() => setManagingRoles(null)} onSaved=${() => {
              setManagingRoles(null);
              setReload((n) => n + 1);
            }} />`
          : null
      }
      ${resetting ? html`<${ResetPasswordModal} user=${resetting} me=${me} onClose=${() => setResetting(null)} />` : null}
    </div>
  `;
}
