import { api } from '/static/js/api.js';
import { html } from '/static/js/ui.js';

/**
 * System Console > Users > Revoke sessions (revoke_sessions_modal, a ConfirmModal: `#confirmModal`,
 * `#confirmModalButton`). Revoking one's own sessions ends this one too, so the page goes to the login page, as
 * the web app's emitUserLoggedOutEvent does.
 */
export function RevokeSessionsModal({ user, me, onClose, onError }) {
  const confirm = async () => {
    try {
      await api('POST', `/users/${user.id}/sessions/revoke/all`);
    } catch (failure) {
      onError(failure.message);
      onClose();
      return;
    }
    if (user.id === me.id) {
      window.location.href = '/login';
      return;
    }
    onClose();
  };
  return html`
    <div class="modal-backdrop">
      <div id="confirmModal" class="modal" role="dialog" aria-modal="true" aria-labelledby="confirmModalLabel">
        <h1 id="confirmModalLabel" class="modal-title">Revoke Sessions for ${user.username}</h1>
        <div id="confirmModalBody">
          This action revokes all sessions for ${user.username}. They will be logged out from all devices. Are you sure
          you want to revoke all sessions for ${user.username}?
        </div>
        <div class="modal-footer">
          <button type="button" id="cancelModalButton" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
          <button type="button" id="confirmModalButton" class="btn btn-danger" onClick=${confirm}>Revoke</button>
        </div>
      </div>
    </div>
  `;
}
