import { api } from './api.js';
import { h } from './dom.js';
import { editableSetting } from './setting-item.js';

// Mattermost's texts (user_settings_general).
const USERNAME_RULE =
  "Username must begin with a letter, and contain between 3 and 22 lowercase characters made up of numbers, letters, and the symbols '.', '-', and '_'.";
const VALID_USERNAME = /^[a-z][a-z0-9._-]{2,21}$/;

// Mattermost's texts (user_settings_general): the checks of the Email section before it asks the server.
const EMAIL_INVALID = 'Please enter a valid email address';
const EMAILS_DIFFER = 'The new emails you entered do not match.';
const PASSWORD_EMPTY = 'Please enter your current password.';
const PASSWORD_WRONG = 'Your password is incorrect.';
const VALID_EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Saves a user patch; returns the server's message on failure (shown in the section's #serverError). */
async function patch(session, changes) {
  try {
    session.user = await api('PUT', '/users/me/patch', changes);
    return undefined;
  } catch (failure) {
    return { server: failure.message, id: failure.id };
  }
}

/** The Email section's Save: the page's own checks first, then the patch with the current password. */
async function submitEmail(session, values) {
  const email = values.primaryEmail.trim().toLowerCase();
  const confirm = values.confirmEmail.trim().toLowerCase();
  if (email === session.user.email && (confirm === '' || confirm === email)) return undefined;
  if (!VALID_EMAIL.test(email)) return EMAIL_INVALID;
  if (email !== confirm) return EMAILS_DIFFER;
  if (values.currentPassword === '') return PASSWORD_EMPTY;
  const failed = await patch(session, { email, password: values.currentPassword });
  if (failed?.id === 'api.user.check_user_password.invalid.app_error') return { server: PASSWORD_WRONG };
  return failed;
}

/** The General tab: Full Name, Username and Nickname can be edited; Email is shown. */
export function renderGeneralTab(panel, session) {
  const user = () => session.user;
  panel.replaceChildren(
    h('h3', { className: 'tab-header' }, 'General Settings'),
    h('div', { className: 'divider-dark' }),
    editableSetting({
      section: 'name',
      title: 'Full Name',
      describe: () =>
        `${user().first_name} ${user().last_name}`.trim() || "Click 'Edit' to add your full name",
      inputs: () => [
        { id: 'firstName', label: 'First Name', value: user().first_name, maxLength: 64 },
        { id: 'lastName', label: 'Last Name', value: user().last_name, maxLength: 64 },
      ],
      submit: (values) =>
        patch(session, { first_name: values.firstName.trim(), last_name: values.lastName.trim() }),
    }),
    editableSetting({
      section: 'username',
      title: 'Username',
      describe: () => user().username,
      inputs: () => [{ id: 'username', label: 'Username', value: user().username, maxLength: 22 }],
      submit: (values) => {
        const username = values.username.trim().toLowerCase();
        if (username === user().username) return undefined;
        if (!VALID_USERNAME.test(username)) return USERNAME_RULE;
        return patch(session, { username });
      },
    }),
    editableSetting({
      section: 'nickname',
      title: 'Nickname',
      describe: () => user().nickname || "Click 'Edit' to add a nickname",
      inputs: () => [{ id: 'nickname', label: 'Nickname', value: user().nickname, maxLength: 64 }],
      submit: (values) => patch(session, { nickname: values.nickname.trim() }),
    }),
    editableSetting({
      section: 'email',
      title: 'Email',
      describe: () => user().email,
      inputs: () => [
        { id: 'primaryEmail', label: 'New Email', type: 'email', value: '' },
        { id: 'confirmEmail', label: 'Confirm Email', type: 'email', value: '' },
        { id: 'currentPassword', label: 'Current Password', type: 'password', value: '' },
      ],
      submit: (values) => submitEmail(session, values),
    }),
    editableSetting({
      section: 'position',
      title: 'Position',
      describe: () => user().position || "Click 'Edit' to add your job title / position",
      inputs: () => [{ id: 'position', label: 'Position', value: user().position, maxLength: 128 }],
      submit: (values) => patch(session, { position: values.position.trim() }),
    }),
  );
}
