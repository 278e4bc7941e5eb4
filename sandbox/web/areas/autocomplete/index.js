import { installCommandSuggestions } from './command-suggestions.js';
import { MentionProvider } from './mention-provider.js';
import { renderSuggestionList } from './suggestion-list.js';

/**
 * @-mention autocomplete in the message boxes (`#post_textbox`, the reply box `#reply_textbox` and the inline
 * edit box `#edit_textbox`), as Mattermost's SuggestionBox with its AtMentionProvider: typing "@" and a prefix
 * opens `#suggestionList` above the box; Up/Down move the selection, Enter or Tab (or a click) put
 * "@username " in place of what was typed, Escape closes the list. Keys go to the list before the box's own
 * handlers (Enter completes, it does not send).
 */
const BOXES = new Set(['post_textbox', 'reply_textbox', 'edit_textbox']);

export function install(host) {
  addStyleSheet('/static/areas/autocomplete/autocomplete.css');
  installCommandSuggestions(host);
  const provider = new MentionProvider(host.api);
  let open;
  let asked = 0;

  const close = () => {
    open?.element.remove();
    open = undefined;
  };
  const show = (box, mention, groups) => {
    close();
    if (groups.length === 0) return;
    const items = groups.flatMap((group) => group.items);
    open = { box, mention, groups, items, selected: items[0].username };
    draw();
  };
  const draw = () => {
    const element = renderSuggestionList({
      boxId: open.box.id,
      groups: open.groups,
      selected: open.selected,
      onPick: (username) => complete(username),
    });
    open.element?.remove();
    open.element = element;
    placeAbove(element, open.box);
    document.body.append(element);
  };
  const complete = (username) => {
    const { box, mention } = open;
    const caret = box.selectionStart;
    const before = box.value.slice(0, caret - mention.matched.length);
    const inserted = `@${username} `;
    box.value = before + inserted + box.value.slice(caret);
    box.setSelectionRange(before.length + inserted.length, before.length + inserted.length);
    provider.completed(username);
    close();
  };
  const move = (step) => {
    const index = open.items.findIndex((item) => item.username === open.selected);
    open.selected = open.items[(index + step + open.items.length) % open.items.length].username;
    draw();
  };

  document.addEventListener(
    'input',
    async (event) => {
      const box = event.target;
      if (!BOXES.has(box.id)) return;
      if (box.value === '') provider.reset();
      const mention = provider.mentionIn(box.value.slice(0, box.selectionStart));
      const ask = ++asked;
      if (!mention) return close();
      const groups = await provider
        .groupsFor(mention.prefix, { ...host.state, me: host.state.user })
        .catch(() => []);
      // Only the answer to the latest keystroke counts.
      if (ask === asked && document.activeElement === box) show(box, mention, groups);
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (!open || event.target !== open.box) return;
      const actions = {
        ArrowDown: () => move(1),
        ArrowUp: () => move(-1),
        Enter: () => complete(open.selected),
        Tab: () => complete(open.selected),
        Escape: close,
      };
      const action = actions[event.key];
      if (!action || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      action();
    },
    true,
  );
  document.addEventListener('focusout', (event) => {
    if (open && event.target === open.box) close();
  });
}

/** Fixed above the box, as wide as it (the post list stays readable beneath). */
function placeAbove(element, box) {
  const rect = box.getBoundingClientRect();
  element.style.left = `${rect.left}px`;
  element.style.width = `${rect.width}px`;
  element.style.bottom = `${window.innerHeight - rect.top + 4}px`;
}

function addStyleSheet(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
