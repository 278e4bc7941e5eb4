import { html, useEffect, useRef, useState } from '/static/js/ui.js';

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

/**
 * Mattermost's EditChannelHeaderModal and EditChannelPurposeModal: a textarea `#edit_textbox`, Cancel and Save;
 * titled "Edit Header for <channel>" and "Edit Purpose for <channel>". Enter saves, Shift+Enter breaks the line.
 */
export function EditTextModal({ id, title, label, initial, maxLength, onClose, onSave }) {
  const [value, setValue] = useState(initial ?? '');
  const [error, setError] = useState('');
  const save = async (event) => {
    event?.preventDefault();
    try {
      await onSave(value.trim());
    } catch (failure) {
      setError(failure.message ?? String(failure));
    }
  };
  return html`<${Modal} id=${id} title=${title} onClose=${onClose}>
    <form class="modal-body" onSubmit=${save}>
      <label class="sr-only" for="edit_textbox">${label}</label>
      <textarea id="edit_textbox" class="form-control" rows="4" maxLength=${maxLength} autofocus
        value=${value} onInput=${(event) => setValue(event.target.value)}
        onKeyDown=${(event) => event.key === 'Enter' && !event.shiftKey && save(event)}></textarea>
      ${error && html`<p class="error-text" role="alert">${error}</p>`}
    </form>
    <div class="modal-footer">
      <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
      <button type="button" class="btn btn-primary" id=${`${id}Save`} onClick=${save}>Save</button>
    </div>
  <//>`;
}

/** Mattermost's RenameChannelModal: "Rename Channel", Display Name `#display_name`, Save `#save-button`. */
export function RenameChannelModal({ channel, onClose, onSave }) {
  const [value, setValue] = useState(channel.display_name);
  const [error, setError] = useState('');
  const save = async (event) => {
    event?.preventDefault();
    if (!value.trim()) {
      setError('This field is required');
      return;
    }
    try {
      await onSave(value.trim());
    } catch (failure) {
      setError(failure.message ?? String(failure));
    }
  };
  return html`<${Modal} id="renameChannelModal" title="Rename Channel" onClose=${onClose}>
    <form class="modal-body" onSubmit=${save}>
      <label class="control-label" for="display_name">Display Name</label>
      <input id="display_name" class="form-control" maxLength="64" autofocus value=${value}
        onInput=${(event) => setValue(event.target.value)} />
      ${error && html`<p class="error-text" role="alert">${error}</p>`}
    </form>
    <div class="modal-footer">
      <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
      <button type="button" class="btn btn-primary" id="save-button" onClick=${save}>Save</button>
    </div>
  <//>`;
}

/** Mattermost's ConvertChannelModal (public to private), whose confirmation cannot be undone. */
export function ConvertToPrivateModal({ channel, onClose, onConfirm }) {
  const name = channel.display_name;
  return html`<${Modal} id="convertChannelModal" title=${`Convert ${name} to a Private Channel?`} onClose=${onClose}>
    <div class="modal-body">
      <p>When you convert <strong>${name}</strong> to a private channel, history and membership are preserved.
        Publicly shared files remain accessible to anyone with the link. Membership in a private channel is by
        invitation only.</p>
      <p>The change is permanent and cannot be undone.</p>
      <p>Are you sure you want to convert <strong>${name}</strong> to a private channel?</p>
    </div>
    <div class="modal-footer">
      <button type="button" class="btn btn-tertiary" onClick=${onClose}>No, cancel</button>
      <button type="button" class="btn btn-danger" id="convertChannelModalConfirm" autofocus
        onClick=${onConfirm}>Yes, convert to private channel</button>
    </div>
  <//>`;
}
