import { api } from './api.js';
import { formatDateTime, h } from './dom.js';
import { openActiveSessions } from './sessions-modal.js';
import { editableSetting } from './setting-item.js';

// Mattermost's texts (user_settings_security).
const ENTER_CURRENT = 'Please enter your current password.';
const NO_MATCH = 'The new passwords you entered do not match.';

async function changePassword(session, values) {
  if (!values.currentPassword) return ENTER_CURRENT;
  if (values.newPassword !== values.confirmPassword) return NO_MATCH;
  try {
    await api('PUT', `/users/${session.user.id}/password`, {
      current_password: values.currentPassword,
      new_password: values.newPassword,
    });
    session.user = await api('GET', '/users/me');
    return undefined;
  } catch (failure) {
    return failure.message;
  }
}

/** The Security tab: Password (editable) and "View and Log Out of Active Sessions". */
export function renderSecurityTab(panel, session) {
  panel.replaceChildren(
    h('h3', { className: 'tab-header' }, 'Security Settings'),
    h('div', { className: 'divider-dark' }),
    editableSetting({
      section: 'password',
      title: 'Password',
      describe: () => `Last updated ${formatDateTime(session.user.last_password_update)}`,
      inputs: () => [
        { id: 'currentPassword', label: 'Current Password', type: 'password' },
        { id: 'newPassword', label: 'New Password', type: 'password' },
        { id: 'confirmPassword', label: 'Retype New Password', type: 'password' },
      ],
      submit: (values) => changePassword(session, values),
    }),
    h('div', { className: 'divider-light' }),
    h(
      'button',
      {
        type: 'button',
        id: 'viewAndLogOutOfActiveSessions',
        className: 'security-links color--link',
        onclick: () => openActiveSessions(session),
      },
      'View and Log Out of Active Sessions',
    ),
  );
}
