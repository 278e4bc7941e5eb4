import { html, render, useEffect, useRef, useState } from '/static/js/ui.js';

/**
 * Creating a channel as Mattermost's sidebar offers it: the "+" `#addChannelsCta` beside the Channels heading
 * opens a menu whose `#showNewChannel-button` "Create new channel" opens the new channel modal
 * (`new_channel_modal`, PW lib `new_channel_modal.ts`): "Create a new channel", Channel name
 * `#input_new-channel-modal-name` ("Enter a name for your new channel") with its URL under it, Public / Private
 * (`#public-private-selector-button-O` / `-P`), Purpose `#new-channel-modal-purpose`, Cancel and "Create channel"
 * (inactive until a name is typed). Created, the channel opens with the message box focused.
 */
export function mountNewChannel(host, { team }) {
  const heading = document.getElementById('channelsHeading');
  if (!heading) return;
  const mount = document.createElement('div');
  mount.className = 'new-channel__mount';
  heading.after(mount);
  render(html`<${AddChannels} host=${host} team=${team} />`, mount);
}

function AddChannels({ host, team }) {
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  return html`<button type="button" id="addChannelsCta" class="icon-button" aria-label="Add channels"
      aria-haspopup="menu" aria-expanded=${String(open)} onClick=${() => setOpen(!open)}>+</button>
    ${
      open &&
      html`<div class="dropdown-menu" role="menu" aria-label="Add channels menu">
      <button type="button" role="menuitem" id="showNewChannel-button" onClick=${() => {
        setOpen(false);
        setCreating(true);
      }}>Create new channel</button>
    </div>`
    }
    ${creating && html`<${NewChannelModal} host=${host} team=${team} onClose=${() => setCreating(false)} />`}`;
}

/** Mattermost's URL of a display name (cleanUpUrlable): lower case, runs of other characters become "-". */
export function urlOf(displayName) {
  return displayName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function NewChannelModal({ host, team, onClose }) {
  const [displayName, setDisplayName] = useState('');
  const [type, setType] = useState('O');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState('');
  const dialog = useRef(null);
  useEffect(() => dialog.current?.showModal?.(), []);
  const url = urlOf(displayName);
  const create = async () => {
    if (!displayName.trim()) return;
    try {
      const channel = await host.api('POST', '/channels', {
        team_id: team.id,
        name: url.length >= 2 ? url : `${url}-${Date.now().toString(36)}`,
        display_name: displayName.trim(),
        type,
        purpose: purpose.trim(),
      });
      window.location.assign(`/${team.name}/channels/${channel.name}`);
    } catch (failure) {
      setError(
        /exists/i.test(failure.message ?? '')
          ? 'A channel with that URL already exists'
          : (failure.message ?? String(failure)),
      );
    }
  };
  const choice = (value, label) => html`<button type="button" id=${`public-private-selector-button-${value}`}
    class=${`public-private-selector-button${type === value ? ' selected' : ''}`} aria-pressed=${String(type === value)}
    onClick=${() => setType(value)}>${label}</button>`;
  return html`<dialog id="new-channel-modal" class="modal new-channel-modal" ref=${dialog}
    aria-labelledby="new-channel-modal-title" onCancel=${(event) => {
      event.preventDefault();
      onClose();
    }}>
    <div class="modal-header">
      <h1 id="new-channel-modal-title" class="modal-title">Create a new channel</h1>
      <button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button>
    </div>
    <div class="modal-body new-channel-modal-body">
      <label for="input_new-channel-modal-name">Channel name</label>
      <input id="input_new-channel-modal-name" name="new-channel-modal-name" type="text" autocomplete="off"
        class="form-control new-channel-modal-name-input" placeholder="Enter a name for your new channel" autofocus
        maxLength="64" value=${displayName} onInput=${(event) => setDisplayName(event.target.value)}
        onKeyDown=${(event) => event.key === 'Enter' && create()} />
      <div class="new-channel-modal__url">URL: /${team.name}/channels/${url}</div>
      <div class="public-private-selector">${choice('O', 'Public Channel')}${choice('P', 'Private Channel')}</div>
      <label for="new-channel-modal-purpose">Purpose (optional)</label>
      <textarea id="new-channel-modal-purpose" class="form-control" maxLength="250" value=${purpose}
        onInput=${(event) => setPurpose(event.target.value)}></textarea>
      ${error && html`<p class="error-text" role="alert">${error}</p>`}
    </div>
    <div class="modal-footer">
      <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
      <button type="button" class="btn btn-primary" disabled=${!displayName.trim()} onClick=${create}>Create channel</button>
    </div>
  </dialog>`;
}
