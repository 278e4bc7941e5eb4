import { h } from '/static/js/dom.js';
import { createModal } from '/static/js/modal.js';

// The shortcuts this sandbox honours, grouped as Mattermost's keyboard shortcuts modal groups them
// (components/keyboard_shortcuts/keyboard_shortcuts_modal: sections of `.shortcut-line` rows).
const SECTIONS = [
  {
    title: 'Navigation',
    lines: [
      ['Previous channel', ['Alt', 'Up']],
      ['Next channel', ['Alt', 'Down']],
      ['Account settings', ['Ctrl', 'Shift', 'A']],
      ['Keyboard shortcuts', ['Ctrl', '/']],
    ],
  },
  {
    title: 'Messages',
    lines: [['Set focus to input field', ['Ctrl', 'Shift', 'L']]],
  },
];

/** The Keyboard Shortcuts dialog (`#shortcutsModalLabel`); the same shortcut closes it again. */
export function toggleShortcutsModal() {
  const open = document.getElementById('shortcutsModal');
  if (open) {
    open.close();
    return;
  }
  const { body } = createModal({
    id: 'shortcutsModal',
    title: 'Keyboard Shortcuts',
    className: 'shortcuts-modal',
  });
  body.append(
    ...SECTIONS.map((section) =>
      h(
        'div',
        { className: 'section' },
        h('h4', { className: 'section-title' }, section.title),
        section.lines.map(([action, keys]) =>
          h(
            'div',
            { className: 'shortcut-line' },
            h('span', {}, action),
            keys.map((key) => h('span', { className: 'shortcut-key' }, key)),
          ),
        ),
      ),
    ),
  );
}
