import { h } from '/static/js/dom.js';

/**
 * Slash-command autocomplete in the message boxes, as Mattermost's CommandProvider: text starting with "/"
 * asks `GET /teams/{team}/commands/autocomplete_suggestions?user_input=…` and `#suggestionList` shows a
 * "Commands" group of `.slash-command` items (`.slash-command__title` "<suggestion> <hint>",
 * `.slash-command__desc` the description). After "/<trigger> " the list keeps the argument's hint, under
 * "Execute Current Command" (added, as the web app does, once the text ends with a space). A click puts the
 * suggestion in the box; Escape closes; Enter still sends (the web app's selected item then is "Execute").
 */
const BOXES = new Set(['post_textbox', 'reply_textbox']);
const EXECUTE = {
  Complete: '',
  Suggestion: '/Execute Current Command',
  Hint: '',
  Description: 'Select this option or use Ctrl+Enter to execute the current command.',
  execute: true,
};

export function installCommandSuggestions(host) {
  let open;
  let asked = 0;
  const close = () => {
    open?.remove();
    open = undefined;
  };
  const show = (box, items) => {
    close();
    if (items.length === 0) return;
    open = renderCommandList(box.id, items, (item) => {
      if (item.execute) return;
      box.value = `/${item.Complete} `;
      box.focus();
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    placeAbove(open, box);
    document.body.append(open);
  };

  document.addEventListener(
    'input',
    async (event) => {
      const box = event.target;
      if (!BOXES.has(box.id)) return;
      const text = box.value;
      const ask = ++asked;
      if (!text.startsWith('/') || text.includes('\n') || !host.state.team) return close();
      const query = new URLSearchParams({ user_input: text, channel_id: host.state.channel?.id ?? '' });
      const found = await host
        .api('GET', `/teams/${host.state.team.id}/commands/autocomplete_suggestions?${query}`)
        .catch(() => []);
      if (ask !== asked || document.activeElement !== box) return;
      const items = found.map((item) => ({ ...item, Suggestion: `/${item.Suggestion}` }));
      show(box, found.length > 0 && text.endsWith(' ') ? [EXECUTE, ...items] : items);
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (open && BOXES.has(event.target.id) && event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        close();
      }
    },
    true,
  );
  document.addEventListener('focusout', (event) => {
    if (open && BOXES.has(event.target.id)) close();
  });
}

function renderCommandList(boxId, items, onPick) {
  return h(
    'div',
    {
      id: 'suggestionList',
      role: 'listbox',
      'aria-label': 'Suggestions',
      className: 'suggestion-list__content suggestion-list__content--top',
    },
    h(
      'ul',
      { role: 'group', 'aria-labelledby': 'suggestionListGroup-commands' },
      h(
        'li',
        { id: 'suggestionListGroup-commands', className: 'suggestion-list__divider', role: 'presentation' },
        'Commands',
      ),
      ...items.map((item, index) => commandItem(boxId, item, index === 0, onPick)),
    ),
  );
}

function commandItem(boxId, item, isSelected, onPick) {
  return h(
    'li',
    {
      role: 'option',
      id: `${boxId}_${item.Suggestion}`,
      'aria-selected': isSelected ? 'true' : 'false',
      className: `suggestion-list__item slash-command${isSelected ? ' suggestion--selected' : ''}`,
      onmousedown: (event) => {
        event.preventDefault();
        onPick(item);
      },
    },
    h(
      'div',
      { className: 'slash-command__icon', 'aria-hidden': 'true' },
      h('span', {}, item.execute ? '↵' : '/'),
    ),
    h(
      'div',
      { className: 'slash-command__info' },
      h('div', { className: 'slash-command__title' }, `${item.Suggestion.slice(1)} ${item.Hint}`),
      h('div', { className: 'slash-command__desc' }, item.Description),
    ),
  );
}

function placeAbove(element, box) {
  const rect = box.getBoundingClientRect();
  element.style.left = `${rect.left}px`;
  element.style.width = `${rect.width}px`;
  element.style.bottom = `${window.innerHeight - rect.top + 4}px`;
}
