import { api } from '/static/js/api.js';
import { html, useEffect, useState } from '/static/js/ui.js';
import { ResetPasswordModal } from './reset-password-modal.js';

/** The user detail page's URL (admin_console/user_management/user/<id>), as the users list links to it. */
export const USER_DETAIL_PATH = /^\/admin_console\/user_management\/user\/([a-z0-9]+)\/?$/;

export function userDetailUrl(userId) {
  return `/admin_console/user_management/user/${userId}`;
}

function AuthenticationMethod({ user }) {
  return html`
    <label class="field-row">
      <span>Authentication Method</span>
      <span>${user.auth_service ? user.auth_service : 'Email'}</span>
    </label>
  `;
}

function Field({ title, value }) {
  return html`
    <label class="field-row">
      <span>${title}</span>
      <input type="text" class="form-control" value=${value} readonly />
    </label>
  `;
}

/**
 * The user card (admin_user_card): the round profile image (`.Avatar`), display name, nickname and id in its header,
 * the account's fields in its body and the actions in its footer.
 */
function AdminUserCard({ user, onResetPassword }) {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username;
  return html`
    <div class="AdminUserCard">
      <div class="AdminUserCard__header">
        <img class="Avatar Avatar-xxl" alt=${`${user.username} profile image`}
          src=${`/api/v4/users/${user.id}/image?_=${user.last_picture_update ?? 0}`} />
        <div class="AdminUserCard__user-info">
          <span>${name}</span>
          ${user.nickname ? html`<span class="AdminUserCard__user-nickname">${user.nickname}</span>` : null}
        </div>
        <span class="AdminUserCard__user-id">User ID: ${user.id}</span>
      </div>
      <div class="AdminUserCard__body">
        <div class="two-column-layout">
          <${Field} title="Username" value=${user.username} />
          <${Field} title="Email" value=${user.email} />
          <${AuthenticationMethod} user=${user} />
        </div>
      </div>
      <div class="AdminUserCard__footer">
        ${user.auth_service ? null : html`<button type="button" class="btn btn-tertiary" onClick=${onResetPassword}>Reset Password</button>`}
      </div>
    </div>
  `;
}

/** System Console > Users > a user (system_user_detail): "User Configuration", a link back to the list, the card. */
export function UserDetail({ userId, me }) {
  const [user, setUser] = useState(null);
  const [error, setError] = useState('');
  const [resetting, setResetting] = useState(false);
  useEffect(() => {
    api('GET', `/users/${userId}`).then(setUser, (failure) => setError(failure.message));
  }, [userId]);
  return html`
    <div class="wrapper--fixed SystemUserDetail">
      <div class="admin-console__header with-back">
        <a class="back" href="/admin_console/user_management/users" aria-label="Back">‹</a>
        <span>User Configuration</span>
      </div>
      <div class="admin-console__wrapper">
        <div class="admin-console__content">
          ${error ? html`<div class="error-message" role="alert">${error}</div>` : null}
          ${user ? html`<${AdminUserCard} user=${user} onResetPassword=${() => setResetting(true)} />` : null}
          ${!user && !error ? html`<div role="status">Loading</div>` : null}
        </div>
      </div>
      ${resetting ? html`<${ResetPasswordModal} user=${user} me=${me} onClose=${() => setResetting(false)} />` : null}
    </div>
  `;
}
