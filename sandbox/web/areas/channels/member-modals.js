import { html, useEffect, useRef, useState } from '/static/js/ui.js';

/**
 * Mattermost's ChannelInviteModal as the Add Members item opens it: `#addUsersToChannelModal` titled "Add people
 * to <channel>", a search box "Search for people", the team's members not yet in the channel as
 * `.more-modal__row` options, picked ones as chips, and Add (`#saveItems`), which adds them one by one through
 * `POST /channels/{id}/members`.
 */
export function AddMembersModal({ host, team, channel, onClose, onAdded }) {
  const [people, setPeople] = useState([]);
  const [term, setTerm] = useState('');
  const [picked, setPicked] = useState([]);
  const [error, setError] = useState('');
  const dialog = useRef(null);
  useEffect(() => {
    dialog.current?.showModal?.();
    Promise.all([
      host.api('GET', `/users?in_team=${team.id}&page=0&per_page=200`),
      host.api('GET', `/users?in_channel=${channel.id}&page=0&per_page=200`),
    ]).then(([inTeam, inChannel]) => {
      const members = new Set(inChannel.map((user) => user.id));
      setPeople(inTeam.filter((user) => !members.has(user.id) && user.delete_at === 0));
    }, setError);
  }, []);
  const wanted = term.trim().toLowerCase().replace(/^@/, '');
  const shown = people.filter(
    (user) =>
      !picked.some((chosen) => chosen.id === user.id) &&
      [user.username, user.first_name, user.last_name, user.nickname].some((text) =>
        (text ?? '').toLowerCase().startsWith(wanted),
      ),
  );
  const add = async () => {
    try {
      for (const user of picked)
        await host.api('POST', `/channels/${channel.id}/members`, { user_id: user.id });
      onAdded();
    } catch (failure) {
      setError(failure.message ?? String(failure));
    }
  };
  return html`<dialog id="addUsersToChannelModal" class="modal" ref=${dialog}
    aria-labelledby="addUsersToChannelModalLabel" onCancel=${(event) => {
      event.preventDefault();
      onClose();
    }}>
    <div class="modal-header">
      <h1 id="addUsersToChannelModalLabel" class="modal-title">Add people to ${channel.display_name}</h1>
      <button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button>
    </div>
    <div class="modal-body" id="selectItems">
      ${picked.map(
        (user) => html`<span class="react-select__multi-value" data-testid=${`chip-${user.username}`}>
          @${user.username}
          <button type="button" aria-label=${`Remove ${user.username}`}
            onClick=${() => setPicked(picked.filter((chosen) => chosen.id !== user.id))}>×</button></span>`,
      )}
      <input aria-label="Search for people" placeholder="Search for people" autofocus value=${term}
        onInput=${(event) => setTerm(event.target.value)} />
      <div role="listbox" class="more-modal__list">
        ${shown.map(
          (user) => html`<div role="option" aria-selected="false" class="more-modal__row"
            id=${`addUsersToChannel_${user.username}`} onClick=${() => {
              setPicked([...picked, user]);
              setTerm('');
            }}>@${user.username}</div>`,
        )}
        ${shown.length === 0 && html`<p class="no-channel-message">No people found</p>`}
      </div>
      ${error && html`<p class="error-text" role="alert">${String(error.message ?? error)}</p>`}
    </div>
    <div class="modal-footer">
      <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
      <button type="button" class="btn btn-primary" id="saveItems" disabled=${picked.length === 0}
        onClick=${add}>Add</button>
    </div>
  </dialog>`;
}
