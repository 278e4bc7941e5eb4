import { html, useEffect, useRef } from '/static/js/ui.js';

function Modal({ id, title, children, onClose }) {
  const dialog = useRef(null);
  useEffect(() => {
    dialog.current?.showModal?.();
  }, []);
  return html`<dialog id=${id} class="modal" ref=${dialog} aria-labelledby=${`${id}Label`}
    onCancel=${(event) => {
      event.preventDefault();
      onClose();
    }}>
    <div class="modal-header">
      <h1 id=${`${id}Label`} class="modal-title">${title}</h1>
      <button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button>
    </div>
    ${children}
  </dialog>`;
}

/** Mattermost's DeleteChannelModal, in its "Allow users to view archived channels" wording. */
export function ArchiveChannelModal({ channel, onClose, onConfirm }) {
  return html`<${Modal} id="deleteChannelModal" title="Confirm ARCHIVE Channel" onClose=${onClose}>
    <div class="modal-body"><div class="alert alert-danger">
      <p>This will archive the channel from the team. Channel contents will still be accessible by channel members.</p>
      <p>Are you sure you wish to archive the <strong>${channel.display_name}</strong> channel?</p>
    </div></div>
    <div class="modal-footer">
      <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
      <button type="button" class="btn btn-danger" id="deleteChannelModalDeleteButton" autofocus
        onClick=${onConfirm}>Archive</button>
    </div>
  <//>`;
}

/** Mattermost asks before leaving a private channel (one needs a new invitation to come back). */
export function LeavePrivateChannelModal({ channel, onClose, onConfirm }) {
  return html`<${Modal} id="leavePrivateChannelModal" title="Leave Private Channel" onClose=${onClose}>
    <div class="modal-body">
      <p>Are you sure you wish to leave the private channel <strong>${channel.display_name}</strong>? You must be
        re-invited in order to rejoin this channel in the future.</p>
    </div>
    <div class="modal-footer">
      <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
      <button type="button" class="btn btn-danger" autofocus onClick=${onConfirm}>Yes, leave channel</button>
    </div>
  <//>`;
}
