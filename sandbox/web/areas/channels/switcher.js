import { html, render, useEffect, useRef, useState } from '/static/js/ui.js';

/**
 * The channel switcher "Find Channels" (Ctrl/Cmd+K, PW lib `find_channels_modal.ts`): a dialog whose combobox
 * "quick switch input" filters the user's channels of the team, archived ones included (with the archive icon),
 * as `.suggestion-list__item` options (test id = channel name); the first match is selected, arrows move,
 * Enter or a click opens the channel. An unread channel's name has `suggestion-list__unread`, its mentions a
 * `.badge`, and with nothing typed unread channels are listed first.
 */
export function bindSwitcher(host, { team }) {
  const mount = document.createElement('div');
  document.body.append(mount);
  const close = () => render(null, mount);
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'k') return;
    event.preventDefault();
    if (mount.firstChild) close();
    else render(html`<${Switcher} host=${host} team=${team} onClose=${close} />`, mount);
  });
}

function Switcher({ host, team, onClose }) {
  const [channels, setChannels] = useState([]);
  const [term, setTerm] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef(null);
  const dialog = useRef(null);
  const [users, setUsers] = useState([]);
  const [members, setMembers] = useState([]);
  useEffect(() => {
    dialog.current?.showModal?.();
    input.current?.focus();
    host.api('GET', '/users?page=0&per_page=200').then(setUsers, () => {});
  }, []);
  // Mattermost's switch provider asks the server again as the term changes: a channel joined meanwhile is found.
  useEffect(() => {
    host.api('GET', `/users/me/teams/${team.id}/channels?include_deleted=true`).then(setChannels, () => {});
    host.api('GET', `/users/me/teams/${team.id}/channels/members`).then(setMembers, () => {});
  }, [term]);
  const matches = switcherMatches(withUnreads(channels, members), users, term);
  const open = (item) =>
    window.location.assign(
      item.username ? `/${team.name}/messages/@${item.username}` : `/${team.name}/channels/${item.name}`,
    );
  const onKeyDown = (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelected((index) => Math.max(0, Math.min(matches.length - 1, index + step)));
    } else if (event.key === 'Enter' && matches[selected]) {
      event.preventDefault();
      open(matches[selected]);
    }
  };
  return html`<dialog id="quickSwitchModal" class="modal channel-switcher" ref=${dialog} aria-label="Find Channels"
    onCancel=${(event) => {
      event.preventDefault();
      onClose();
    }}>
    <div class="modal-header"><h1 class="modal-title" id="quickSwitchModalLabel">Find Channels</h1>
      <button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button></div>
    <input id="quickSwitchInput" role="combobox" aria-label="quick switch input" aria-expanded="true"
      aria-controls="suggestionList" aria-autocomplete="list" autocomplete="off" ref=${input} value=${term}
      placeholder="Type to find a channel" onInput=${(event) => {
        setTerm(event.target.value);
        setSelected(0);
      }}
      onKeyDown=${onKeyDown} />
    <div id="suggestionList" role="listbox" class="suggestion-list">
      ${matches.map((item, index) =>
        (item.username ? userOption : channelOption)(item, index === selected, {
          onMouseEnter: () => setSelected(index),
          onClick: () => open(item),
        }),
      )}
    </div>
  </dialog>`;
}

/**
 * What the switcher lists for a term: the user's channels of the team (not their DMs and GMs, which Mattermost
 * lists by person) and the people whose username or name starts with it; a leading "~" means channels only and
 * a leading "@" people only (Mattermost ignores the "@" typed before a username, MM-13201).
 */
function switcherMatches(channels, users, term) {
  const typed = term.trim().toLowerCase();
  const wanted = typed.replace(/^[~@]/, '');
  const named = channels.filter(
    (channel) =>
      channel.type !== 'D' &&
      channel.type !== 'G' &&
      (channel.display_name.toLowerCase().includes(wanted) || channel.name.includes(wanted)),
  );
  if (!wanted) return unreadsFirst(named);
  if (typed.startsWith('~')) return named;
  const people = users.filter((user) =>
    [user.username, user.first_name, user.last_name].some((text) =>
      (text ?? '').toLowerCase().startsWith(wanted),
    ),
  );
  return typed.startsWith('@') ? people : [...named, ...people];
}

/**
 * Mattermost's switcher item knows whether its channel is unread (more messages than the member has read) and
 * its mention count; the open channel is read.
 */
function withUnreads(channels, members) {
  const byChannel = new Map(members.map((member) => [member.channel_id, member]));
  const open = window.location.pathname.split('/')[3];
  return channels.map((channel) => {
    const member = byChannel.get(channel.id);
    const mentions = channel.name === open ? 0 : (member?.mention_count ?? 0);
    const unread =
      channel.name !== open &&
      Boolean(member) &&
      (channel.total_msg_count > member.msg_count || mentions > 0);
    return { ...channel, unread, mentions };
  });
}

/** Before anything is typed, unread channels come first: those with mentions, then the others (MM-26008). */
function unreadsFirst(channels) {
  const rank = (channel) => (channel.mentions > 0 ? 0 : channel.unread ? 1 : 2);
  return [...channels].sort((a, b) => rank(a) - rank(b) || a.display_name.localeCompare(b.display_name));
}

function channelOption(channel, isSelected, handlers) {
  return html`<div role="option" data-testid=${channel.name} aria-selected=${String(isSelected)}
    id=${`switchChannel_${channel.name}`}
    class=${`suggestion-list__item${isSelected ? ' suggestion--selected' : ''}`}
    onMouseEnter=${handlers.onMouseEnter} onClick=${handlers.onClick}>
    ${
      channel.delete_at > 0
        ? html`<span class="icon-archive-outline" aria-label="archived channel" role="img">🗄</span>`
        : html`<span aria-hidden="true">${channel.type === 'P' ? '🔒' : '#'}</span>`
    }
    <span class="suggestion-list__main"><span class=${channel.unread && !channel.delete_at ? 'suggestion-list__unread' : ''}
      >${channel.display_name}</span></span>
    <span class="suggestion-list__desc">~${channel.name}</span>
    ${channel.mentions > 0 ? html`<span class="badge">${channel.mentions}</span>` : null}
  </div>`;
}

/** A person: opening it opens (or starts) the DM with them; the option reads "username" and "@username". */
function userOption(user, isSelected, handlers) {
  return html`<div role="option" data-testid=${user.username} aria-selected=${String(isSelected)}
    id=${`switchChannel_${user.username}`}
    class=${`suggestion-list__item${isSelected ? ' suggestion--selected' : ''}`}
    onMouseEnter=${handlers.onMouseEnter} onClick=${handlers.onClick}>
    <span aria-hidden="true">@</span>
    <span class="suggestion-list__main">${user.username}</span>
    <span class="suggestion-list__desc">@${user.username}</span>
  </div>`;
}
