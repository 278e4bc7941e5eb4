import { DISPLAY, loadPreferences, onPreferencesChanged, preference } from '/static/js/preferences.js';
import { registerSettingsTab } from '/static/js/settings-modal.js';
import { renderDisplayTab } from './display-tab.js';
import { storedTheme } from './theme-section.js';
import { applyTheme } from './themes.js';

/**
 * Settings > Display: the tab, and the preferences applied to the page when it loads and whenever one is
 * saved (theme colours, message display, channel width, the page language). Timestamps and names read their
 * preferences as they render (js/dom.js, js/posts.js).
 */
export async function install(host) {
  await loadPreferences();
  injectStyles();
  applyAll(host);
  onPreferencesChanged(() => applyAll(host));
  host.on('ready', ({ user }) => {
    document.documentElement.lang = user.locale || 'en';
  });
  registerSettingsTab({ id: 'display', label: 'Display', render: renderDisplayTab });
}

function applyAll(host) {
  applyTheme(storedTheme());
  const root = document.documentElement;
  root.dataset.messageDisplay = preference(DISPLAY, 'message_display', 'clean');
  root.dataset.channelDisplayMode = preference(DISPLAY, 'channel_display_mode', 'full');
  // Names and times already on screen change with the preference, as in Mattermost.
  host.state.postList?.load().catch(() => {});
}

function injectStyles() {
  if (document.getElementById('display-settings-styles')) return;
  const link = document.createElement('link');
  link.id = 'display-settings-styles';
  link.rel = 'stylesheet';
  link.href = '/static/areas/display-settings/display.css';
  document.head.append(link);
}
