import { h } from './dom.js';
import { renderGeneralTab } from './general-tab.js';
import { createModal } from './modal.js';
import { renderNotificationsTab } from './notifications-tab.js';
import { renderSecurityTab } from './security-tab.js';

// Which dialogs show a tab: "account" is the single Account Settings dialog of the older web app the corpus is
// written against (main menu > Account Settings); 9.x split it into "Profile" (avatar menu > Profile, the profile
// popover's Edit Profile) and "Settings" (the gear in the header). Tab ids and labels are the real ones of each.
const TABS = [
  { id: 'general', label: 'General', render: renderGeneralTab, dialogs: ['account'] },
  { id: 'profile', label: 'Profile', render: renderGeneralTab, dialogs: ['profile'] },
  { id: 'security', label: 'Security', render: renderSecurityTab, dialogs: ['account', 'profile'] },
  {
    id: 'notifications',
    label: 'Notifications',
    render: renderNotificationsTab,
    dialogs: ['account', 'settings'],
  },
];

/** The dialogs: their titles ("Profile" and "Settings" are user.settings.modal.title, global_header.productSettings). */
const DIALOGS = {
  account: 'Account Settings',
  profile: 'Profile',
  settings: 'Settings',
};

/**
 * Areas add their tabs (Display, Sidebar, Advanced…) when they install, so this file does not know them:
 * `registerSettingsTab({ id: 'display', label: 'Display', render(panel, session) {…} })`, shown in the order
 * registered after the core tabs. Registering an id again replaces that tab.
 */
export function registerSettingsTab(tab) {
  const entry = { dialogs: ['account', 'settings'], ...tab };
  const at = TABS.findIndex((existing) => existing.id === tab.id);
  if (at >= 0) TABS[at] = entry;
  else TABS.push(entry);
}

/**
 * A settings dialog (`dialog`: account, profile or settings) at `initialTab`, or at its first tab when it has no
 * such tab (the profile dialog's "general" is its "profile").
 */
export function openAccountSettings(session, initialTab = 'general', dialog = 'account') {
  const title = DIALOGS[dialog];
  const tabs = TABS.filter((tab) => tab.dialogs.includes(dialog));
  const { body } = createModal({
    id: 'accountSettingsModal',
    title,
    className: 'settings-modal',
  });
  const tablist = h('div', {
    role: 'tablist',
    'aria-label': title,
    'aria-orientation': 'vertical',
    className: 'settings-tabs',
  });
  const panel = h('div', { role: 'tabpanel', className: 'settings-content' });
  const select = (tab) => {
    for (const button of tablist.children) {
      const selected = button.id === `${tab.id}Button`;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    panel.id = `${tab.id}Settings`;
    panel.setAttribute('aria-labelledby', `${tab.id}Button`);
    tab.render(panel, session);
  };
  for (const tab of tabs) {
    tablist.append(
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `${tab.id}Button`,
          className: 'settings-tab',
          onclick: () => select(tab),
        },
        tab.label,
      ),
    );
  }
  body.append(h('div', { className: 'settings-layout' }, tablist, panel));
  select(tabs.find((tab) => tab.id === initialTab) ?? tabs[0]);
}
