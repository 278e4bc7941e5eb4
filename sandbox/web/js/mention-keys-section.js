import { api } from './api.js';
import { h } from './dom.js';
import { listedWords, mentionKeysOf } from './mention-keys.js';
import { sectionMin } from './modal.js';
import { settingButtons } from './setting-item.js';

/**
 * Settings > Notifications > "Words That Trigger Mentions" (Mattermost's `keys` section, as the corpus's
 * Account Settings knew it): checkboxes #notificationTriggerFirst, #notificationTriggerUsername,
 * #notificationTriggerShouts, #notificationTriggerCustom with the words in #notificationTriggerCustomText;
 * saved into notify_props (first_name, channel, mention_keys).
 */
export function mentionKeysSection(session) {
  const wrapper = h('div', { className: 'section-wrapper' });
  const collapse = () =>
    wrapper.replaceChildren(
      sectionMin({
        section: 'keys',
        title: 'Words That Trigger Mentions',
        describe: describe(session.user),
        onEdit: () => wrapper.replaceChildren(expanded(session, collapse)),
      }),
    );
  collapse();
  return wrapper;
}

/** The collapsed row: every key in quotes, as Mattermost lists them. */
function describe(user) {
  return mentionKeysOf(user)
    .map((key) => `"${key.text}"`)
    .join(', ');
}

function checkbox(id, label, checked) {
  return h(
    'div',
    { className: 'checkbox' },
    h('label', {}, h('input', { id, type: 'checkbox', checked }), ` ${label}`),
  );
}

function expanded(session, collapse) {
  const user = session.user;
  const props = user.notify_props ?? {};
  const words = listedWords(props.mention_keys);
  const usernameListed = words.some((word) => word.toLowerCase() === user.username.toLowerCase());
  const custom = words.filter((word) => word.toLowerCase() !== user.username.toLowerCase());
  const customText = h('input', {
    id: 'notificationTriggerCustomText',
    className: 'form-control',
    type: 'text',
    value: custom.join(','),
    'aria-labelledby': 'notificationTriggerCustom',
    // Typing words selects the option that uses them.
    oninput: () => {
      form.querySelector('#notificationTriggerCustom').checked = true;
    },
  });
  const serverError = h('div', { id: 'serverError', className: 'form-error', role: 'alert', hidden: true });
  const checked = (id) => form.querySelector(`#${id}`).checked;
  const save = async (event) => {
    event.preventDefault();
    const keys = [];
    if (checked('notificationTriggerUsername')) keys.push(user.username);
    if (checked('notificationTriggerCustom')) keys.push(...listedWords(customText.value));
    try {
      session.user = await api('PUT', '/users/me/patch', {
        notify_props: {
          ...props,
          first_name: String(
            user.first_name ? checked('notificationTriggerFirst') : props.first_name === 'true',
          ),
          channel: String(checked('notificationTriggerShouts')),
          mention_keys: keys.join(','),
        },
      });
      collapse();
    } catch (failure) {
      serverError.textContent = failure.message;
      serverError.hidden = false;
    }
  };
  const form = h(
    'form',
    { className: 'section-max form-horizontal', id: 'keysSetting', onsubmit: save, novalidate: true },
    h('h4', { id: 'settingTitle', className: 'section-max__title' }, 'Words That Trigger Mentions'),
    user.first_name
      ? checkbox(
          'notificationTriggerFirst',
          `Your case sensitive first name "${user.first_name}"`,
          props.first_name === 'true',
        )
      : null,
    checkbox(
      'notificationTriggerUsername',
      `Your non-case sensitive username "${user.username}"`,
      usernameListed,
    ),
    checkbox(
      'notificationTriggerShouts',
      'Channel-wide mentions "@channel", "@all", "@here"',
      props.channel !== 'false',
    ),
    checkbox(
      'notificationTriggerCustom',
      'Other non-case sensitive words, separated by commas:',
      custom.length > 0,
    ),
    customText,
    h(
      'p',
      { className: 'help-text' },
      `Notifications get triggered when someone sends a message that includes your username ("@${user.username}") or any of the options selected above.`,
    ),
    serverError,
    settingButtons(collapse),
  );
  return form;
}
