import { h } from './dom.js';
import { renderGeneralTab } from './general-tab.js';
import { createModal } from './modal.js';
import { renderNotificationsTab } from './notifications-tab.js';
import { renderSecurityTab } from './security-tab.js';

const TABS = [
  { id: 'general', label: 'General', render: renderGeneralTab },
  { id: 'security', label: 'Security', render: renderSecurityTab },
  { id: 'notifications', label: 'Notifications', render: renderNotificationsTab },
];

/**
 * Areas add their tabs (Display, Sidebar, Advanced…) when they install, so this file does not know them:
 * `registerSettingsTab({ id: 'display', label: 'Display', render(panel, session) {…} })`, shown in the order
 * registered after the core tabs. Registering an id again replaces that tab.
 */
export function registerSettingsTab(tab) {
  const at = TABS.findIndex((existing) => existing.id === tab.id);
  if (at >= 0) TABS[at] = tab;
  else TABS.push(tab);
}

/** The Account Settings dialog, with General / Security / Notifications / Display tabs. */
export function openAccountSettings(session, initialTab = 'general') {
  const { body } = createModal({
    id: 'accountSettingsModal',
    title: 'Account Settings',
    className: 'settings-modal',
  });
  const tablist = h('div', {
    role: 'tablist',
    'aria-label': 'Account Settings',
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
  for (const tab of TABS) {
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
  select(TABS.find((tab) => tab.id === initialTab) ?? TABS[0]);
}
