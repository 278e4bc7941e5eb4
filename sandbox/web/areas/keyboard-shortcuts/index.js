import { addHelpMenu } from './help-menu.js';
import { focusNextRegion, markRegions } from './regions.js';
import { toggleShortcutsModal } from './shortcuts-modal.js';

/**
 * Mattermost's keyboard shortcuts that belong to no other area: Ctrl/Cmd+Shift+L (focus the center message box),
 * Alt+Up/Down (previous/next channel in the sidebar), Ctrl/Cmd+/ (the Keyboard Shortcuts dialog) and F6 / Ctrl+F6
 * (the next region, named for screen readers).
 */
export function install(host) {
  document.addEventListener('keydown', onKeyDown);
  host.on('ready', ({ user }) => {
    addHelpMenu();
    markRegions(user.locale || 'en');
  });
}

const modalOpen = () => document.querySelector('dialog[open]') !== null;

function onKeyDown(event) {
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === 'F6' && !event.altKey) {
    // F6 in the desktop app, Ctrl+F6 in a browser (which keeps plain F6 for its address bar).
    event.preventDefault();
    focusNextRegion(event.shiftKey ? -1 : 1);
    return;
  }
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
