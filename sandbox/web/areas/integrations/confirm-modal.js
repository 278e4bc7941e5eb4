import { html } from '/static/js/ui.js';

/**
 * Mattermost's ConfirmModal (`#confirmModal`, title, message, `#cancelModalButton` "Cancel",
 * `#confirmModalButton`), used to confirm deleting an integration and saving an edit that may break it.
 */
export function ConfirmModal({ title, message, confirmText, danger, onConfirm, onCancel }) {
  return html`
    <div class="modal-backdrop">
      <div id="confirmModal" class="modal show" role="dialog" aria-modal="true" aria-labelledby="confirmModalLabel">
        <div class="modal-content">
          <div class="modal-header">
            <h1 id="confirmModalLabel" class="modal-title">${title}</h1>
          </div>
          <div class="modal-body">${message}</div>
          <div class="modal-footer">
            <button id="cancelModalButton" type="button" class="btn btn-tertiary" onClick=${onCancel}>Cancel</button>
            <button
              id="confirmModalButton"
              type="button"
              class=${danger ? 'btn btn-danger' : 'btn btn-primary'}
              onClick=${onConfirm}
            >
              <span>${confirmText}</span>
            </button>
          </div>
        </div>
      </div>
    </div>
  `;
}
