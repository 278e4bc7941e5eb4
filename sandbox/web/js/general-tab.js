import { api } from './api.js';
import { h } from './dom.js';
import { sectionMin } from './modal.js';
import { editableSetting } from './setting-item.js';

// Mattermost's texts (user_settings_general).
const USERNAME_RULE =
  "Username must begin with a letter, and contain between 3 and 22 lowercase characters made up of numbers, letters, and the symbols '.', '-', and '_'.";
const VALID_USERNAME = /^[a-z][a-z0-9._-]{2,21}$/;

/** Saves a user patch; returns the server's message on failure (shown in the section). */
async function patch(session, changes) {
  try {
    session.user = await api('PUT', '/users/me/patch', changes);
    return undefined;
  } catch (failure) {
    return failure.message;
  }
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
    sectionMin({ section: 'email', title: 'Email', describe: user().email }),
  );
}
