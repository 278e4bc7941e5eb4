import { h } from '/static/js/dom.js';
import { bindMenu } from '/static/js/menus.js';
import { toggleShortcutsModal } from './shortcuts-modal.js';

/**
 * The header's Help button and menu (Mattermost's global header "Help" menu); the sandbox offers its one item
 * that works here, "Keyboard shortcuts", which opens the same dialog as Ctrl/Cmd+/.
 */
export function addHelpMenu() {
  const accountMenu = document.querySelector('.account-menu');
  if (!accountMenu || document.getElementById('helpMenuButton')) return;
  const menu = h(
    'div',
    {
      id: 'helpMenu',
      className: 'dropdown-menu dropdown-menu--right',
      role: 'menu',
      'aria-label': 'Help',
      hidden: true,
    },
    h(
      'button',
      { role: 'menuitem', type: 'button', id: 'keyboardShortcuts', onclick: toggleShortcutsModal },
      'Keyboard shortcuts',
    ),
  );
  const button = h(
    'button',
    {
      type: 'button',
      id: 'helpMenuButton',
      className: 'icon-button',
      'aria-label': 'Help',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'helpMenu',
    },
    '?',
  );
  const wrapper = h('div', { className: 'help-menu', style: 'position: relative' }, button, menu);
  accountMenu.before(wrapper);
  bindMenu(button, menu);
}
