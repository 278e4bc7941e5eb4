import { h } from './dom.js';
import { renderGeneralTab } from './general-tab.js';
import { createModal, sectionMin } from './modal.js';
import { renderNotificationsTab } from './notifications-tab.js';
import { renderSecurityTab } from './security-tab.js';

const TABS = [
  { id: 'general', label: 'General', render: renderGeneralTab },
  { id: 'security', label: 'Security', render: renderSecurityTab },
  { id: 'notifications', label: 'Notifications', render: renderNotificationsTab },
  { id: 'display', label: 'Display', render: renderDisplayTab },
];

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

function renderDisplayTab(panel) {
  panel.replaceChildren(
    h('h3', { className: 'tab-header' }, 'Display Settings'),
    h('div', { className: 'divider-dark' }),
    sectionMin({ section: 'theme', title: 'Theme', describe: 'Denim' }),
    sectionMin({ section: 'clock', title: 'Clock Display', describe: '12-hour clock (example: 4:00 PM)' }),
    sectionMin({ section: 'name_format', title: 'Teammate Name Display', describe: 'Show username' }),
  );
}
