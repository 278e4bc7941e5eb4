import { addHelpMenu } from './help-menu.js';
import { toggleShortcutsModal } from './shortcuts-modal.js';

/**
 * Mattermost's keyboard shortcuts that belong to no other area: Ctrl/Cmd+Shift+L (focus the center message box),
 * Alt+Up/Down (previous/next channel in the sidebar) and Ctrl/Cmd+/ (the Keyboard Shortcuts dialog).
 */
export function install(host) {
  document.addEventListener('keydown', onKeyDown);
  host.on('ready', addHelpMenu);
}

const modalOpen = () => document.querySelector('dialog[open]') !== null;

function onKeyDown(event) {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
    event.preventDefault();
    // Mattermost leaves the focus alone while a modal is open (MM-T1251).
    if (!modalOpen()) document.getElementById('post_textbox')?.focus();
  } else if (mod && !event.shiftKey && (event.key === '/' || event.code === 'Slash')) {
    event.preventDefault();
    toggleShortcutsModal();
  } else if (
    event.altKey &&
    !mod &&
    !event.shiftKey &&
    (event.key === 'ArrowUp' || event.key === 'ArrowDown')
  ) {
    if (modalOpen()) return;
    event.preventDefault();
    moveChannel(event.key === 'ArrowUp' ? -1 : 1);
  }
}

/** The channel above or below the current one in the sidebar, wrapping around at either end. */
function moveChannel(step) {
  const links = [...document.querySelectorAll('#SidebarContainer a.SidebarLink')];
  if (links.length < 2) return;
  const current = links.findIndex((link) => link.getAttribute('aria-current') === 'page');
  const next = links[(current + step + links.length) % links.length];
  window.location.assign(next.href);
}
