import { getClientConfig } from '/static/js/api.js';
import { showAnnouncementBanner } from './announcement-banner.js';
import { addSettingLinks } from './main-menu-links.js';
import { showPreviewModeBanner } from './preview-mode-banner.js';

/**
 * The channel page's part of the System Console: the "System Console" item of the main menu, shown to system
 * admins only (Mattermost's main menu item `#systemConsole`, a link to /admin_console), the main menu items
 * console settings switch on, the announcement banner the console configures and the Preview Mode banner.
 */
export function install(host) {
  host.on('ready', (state) => {
    addConsoleItem(state.user);
    addSettingLinks(state);
    if (state.config) showPreviewModeBanner(state.config);
    getClientConfig().then(showAnnouncementBanner, (error) =>
      console.error('the announcement banner could not read the client config', error),
    );
  });
}

function addConsoleItem(user) {
  if (!user?.roles?.split(' ').includes('system_admin')) return;
  const menu = document.getElementById('sidebarDropdownMenu');
  if (!menu || menu.querySelector('#systemConsole')) return;
  const item = document.createElement('a');
  item.setAttribute('role', 'menuitem');
  item.id = 'systemConsole';
  item.href = '/admin_console';
  item.textContent = 'System Console';
  item.style.textDecoration = 'none';
  const divider = document.createElement('hr');
  divider.className = 'menu-divider';
  const logout = menu.querySelector('#logout');
  menu.insertBefore(item, logout);
  menu.insertBefore(divider, logout);
}
