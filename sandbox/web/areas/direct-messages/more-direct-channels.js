import { html, useEffect, useRef, useState } from '/static/js/ui.js';

/**
 * Mattermost's "Direct Messages" dialog (`more_direct_channels`, PW lib `direct_channels_modal.ts`): `#moreDmModal`,
 * the combobox "Search for people" (`#selectItems input`), rows `[data-testid="direct-message-row"]` in
 * `[data-testid="more-modal-list"]` showing "@username - First Last"; a click (or Enter on the selected row) adds
 * the user as a chip with "Remove <username>"; "Go" (`#saveItems`) opens the DM, or the GM for 2–7 people.
 */
export function MoreDirectChannels({ host, team, me, onClose }) {
  const [users, setUsers] = useState([]);
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState([]);
  const [selected, setSelected] = useState(0);
  const dialog = useRef(null);
  const input = useRef(null);
  useEffect(() => {
    dialog.current?.showModal?.();
    input.current?.focus();
    host.api('GET', '/users?page=0&per_page=200').then(setUsers, () => {});
  }, []);
  const wanted = term.trim().toLowerCase().replace(/^@/, '');
  const rows = users.filter((user) => !chosen.some((c) => c.id === user.id) && matches(user, wanted));
  const choose = (user) => {
    setChosen([...chosen, user]);
    setTerm('');
    setSelected(0);
    input.current?.focus();
  };
  const go = async () => {
    if (chosen.length === 0) return;
    const ids = chosen.map((user) => user.id);
    if (chosen.length === 1) {
      await host.api('POST', '/channels/direct', [me.id, ids[0]]);
      window.location.assign(`/${team.name}/messages/@${chosen[0].username}`);
      return;
    }
    const group = await host.api('POST', '/channels/group', ids);
    window.location.assign(`/${team.name}/messages/${group.name}`);
  };
  const onKeyDown = (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelected((index) => Math.max(0, Math.min(rows.length - 1, index + step)));
    } else if (event.key === 'Enter' && rows[selected]) {
      event.preventDefault();
      choose(rows[selected]);
    } else if (event.key === 'Backspace' && !term && chosen.length) {
      setChosen(chosen.slice(0, -1));
    }
  };
  return html`<dialog id="moreDmModal" class="modal more-modal more-direct-channels" ref=${dialog}
    aria-labelledby="moreDmModalLabel" onCancel=${(event) => {
      event.preventDefault();
      onClose();
    }}>
    <div class="modal-header"><h1 class="modal-title" id="moreDmModalLabel">Direct Messages</h1>
      <button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button></div>
    <div class="modal-body">
      <div id="selectItems" class="filtered-user-list__search">
        ${chosen.map(
          (user) => html`<span class="react-select__multi-value">${user.username}
            <button type="button" aria-label=${`Remove ${user.username}`}
              onClick=${() => setChosen(chosen.filter((c) => c.id !== user.id))}>×</button></span>`,
        )}
        <input ref=${input} role="combobox" aria-label="Search for people" aria-expanded="true"
          aria-controls="moreDmList" autocomplete="off" value=${term} placeholder="Search for people"
          onInput=${(event) => {
            setTerm(event.target.value);
            setSelected(0);
          }} onKeyDown=${onKeyDown} />
        <button type="button" id="saveItems" class="btn btn-primary" disabled=${chosen.length === 0}
          onClick=${go}>Go</button>
      </div>
      <p id="multiSelectHelpMemberInfo" class="multi-select__help">
        ${chosen.length > 0 ? `You can add ${7 - chosen.length} more people` : 'Use ↑↓ to browse, ↵ to select.'}
      </p>
      <div id="moreDmList" data-testid="more-modal-list" role="listbox" class="more-modal__list">
        ${rows.map(
          (
            user,
            index,
          ) => html`<div role="option" data-testid="direct-message-row" id=${`moreDmRow_${user.id}`}
            aria-selected=${String(index === selected)}
            class=${`more-modal__row${index === selected ? ' more-modal__row--selected' : ''}`}
            onMouseEnter=${() => setSelected(index)} onClick=${() => choose(user)}>
            <span class="more-modal__name">@${user.username}${fullName(user) && ` - ${fullName(user)}`}${
              user.id === me.id ? ' (you)' : ''
            }</span>
          </div>`,
        )}
        ${rows.length === 0 && html`<p class="more-modal__empty">No results found matching <strong>${term}</strong></p>`}
      </div>
    </div>
  </dialog>`;
}

const fullName = (user) => `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim();

function matches(user, wanted) {
  if (!wanted) return true;
  return [user.username, user.first_name, user.last_name, user.nickname, fullName(user)].some((text) =>
    (text ?? '').toLowerCase().startsWith(wanted),
  );
}
