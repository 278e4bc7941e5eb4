import { h } from '/static/js/dom.js';

/**
 * The list above a message box, as Mattermost's SuggestionList renders the at-mention provider's groups:
 * `#suggestionList` (role listbox "Suggestions"), one `ul[role=group]` per group headed by its
 * `.suggestion-list__divider` label, and `li.suggestion-list__item[role=option]` items with test id
 * `mentionSuggestion_<username>` and id `<box id>_@<username>`: "@username", the full name and nickname, and
 * "(you)" on the current user. The selected item has `suggestion--selected`.
 */
export function renderSuggestionList({ boxId, groups, selected, onPick }) {
  const list = h('div', {
    id: 'suggestionList',
    role: 'listbox',
    'aria-label': 'Suggestions',
    className: 'suggestion-list__content suggestion-list__content--top',
  });
  for (const group of groups) {
    const labelId = `suggestionListGroup-${group.key}`;
    list.append(
      h(
        'ul',
        { role: 'group', 'aria-labelledby': labelId },
        h('li', { id: labelId, className: 'suggestion-list__divider', role: 'presentation' }, group.label),
        ...group.items.map((item) => suggestionItem(boxId, item, item.username === selected, onPick)),
      ),
    );
  }
  return list;
}

function suggestionItem(boxId, item, isSelected, onPick) {
  return h(
    'li',
    {
      role: 'option',
      id: `${boxId}_@${item.username}`,
      'data-testid': `mentionSuggestion_${item.username}`,
      'aria-selected': isSelected ? 'true' : 'false',
      className: `suggestion-list__item${isSelected ? ' suggestion--selected' : ''}`,
      // mousedown, not click: the box must keep its focus and caret.
      onmousedown: (event) => {
        event.preventDefault();
        onPick(item.username);
      },
    },
    icon(item),
    h(
      'span',
      { className: 'suggestion-list__ellipsis' },
      h('span', { className: 'suggestion-list__main' }, `@${item.username}`),
      description(item),
      item.isCurrentUser ? h('span', { className: 'suggestion-list__you' }, '(you)') : undefined,
    ),
  );
}

/** The full name, and for others the nickname in parentheses; special mentions say whom they notify. */
function description(item) {
  if (item.id === undefined) {
    const online = item.username === 'here' ? ' online' : '';
    return h('span', {}, `Notifies everyone${online} in this channel`);
  }
  const fullName = `${item.first_name ?? ''} ${item.last_name ?? ''}`.trim();
  const nickname = !item.isCurrentUser && item.nickname ? `(${item.nickname})` : '';
  const text = `${fullName} ${nickname}`.trim();
  return text ? h('span', {}, text) : undefined;
}

function icon(item) {
  if (item.id === undefined) {
    return h(
      'span',
      { className: 'suggestion-list__icon suggestion-list__icon--large', 'aria-hidden': 'true' },
      '👥',
    );
  }
  const initials = `${item.first_name?.[0] ?? ''}${item.last_name?.[0] ?? ''}` || item.username.slice(0, 2);
  return h(
    'span',
    { className: 'status-wrapper style--none', 'aria-hidden': 'true' },
    h('span', { className: 'profile-icon' }, initials.toUpperCase()),
  );
}
