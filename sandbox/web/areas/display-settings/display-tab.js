import { api } from '/static/js/api.js';
import { h } from '/static/js/dom.js';
import { sectionMin } from '/static/js/modal.js';
import { DISPLAY, preference, savePreferences } from '/static/js/preferences.js';
import { settingButtons } from '/static/js/setting-item.js';
import { LANGUAGES, languageName } from './languages.js';
import { radioSection } from './radio-section.js';
import { themeSection } from './theme-section.js';

// Mattermost's Display sections in its order (user_settings_display.tsx): section id, title, options
// (value, label, optional "more"), description, and the display_settings preference each one stores.
const CHOICES = [
  {
    section: 'collapsed_reply_threads',
    name: 'collapsed_reply_threads',
    fallback: 'off',
    title: 'Threaded Discussions',
    options: [
      { value: 'on', label: 'On' },
      { value: 'off', label: 'Off' },
    ],
    description:
      'When enabled, reply messages are not shown in the channel and you\'ll be notified about threads you\'re following in the "Threads" view.',
  },
  {
    section: 'clock',
    name: 'use_military_time',
    fallback: 'false',
    title: 'Clock Display',
    options: [
      { value: 'false', label: '12-hour clock (example: 4:00 PM)' },
      { value: 'true', label: '24-hour clock (example: 16:00)' },
    ],
    description: 'Select how you prefer time displayed.',
  },
  {
    section: 'name_format',
    name: 'name_format',
    fallback: 'username',
    title: 'Teammate Name Display',
    options: [
      { value: 'username', label: 'Show username' },
      {
        value: 'nickname_full_name',
        label: 'Show nickname if one exists, otherwise show first and last name',
      },
      { value: 'full_name', label: 'Show first and last name' },
    ],
    description: "Set how to display other user's names in posts and the Direct Messages list.",
  },
  {
    section: 'linkpreview',
    name: 'link_previews',
    fallback: 'true',
    title: 'Website Link Previews',
    options: [
      { value: 'true', label: 'On' },
      { value: 'false', label: 'Off' },
    ],
    description:
      'When available, the first web link in a message will show a preview of the website content below the message.',
  },
  {
    section: 'collapse',
    name: 'collapse_previews',
    fallback: 'false',
    title: 'Default Appearance of Image Previews',
    options: [
      { value: 'false', label: 'Expanded' },
      { value: 'true', label: 'Collapsed' },
    ],
    description:
      'Set whether previews of image links and image attachment thumbnails show as expanded or collapsed by default. This setting can also be controlled using the slash commands /expand and /collapse.',
  },
  {
    section: 'message_display',
    name: 'message_display',
    fallback: 'clean',
    title: 'Message Display',
    options: [
      { value: 'clean', label: 'Standard', more: 'Easy to scan and read.' },
      { value: 'compact', label: 'Compact', more: 'Fit as many messages on the screen as we can.' },
    ],
    description: 'Select how messages in a channel should be displayed.',
  },
  {
    section: 'channel_display_mode',
    name: 'channel_display_mode',
    fallback: 'full',
    title: 'Channel Display',
    options: [
      { value: 'full', label: 'Full width' },
      { value: 'centered', label: 'Fixed width, centered' },
    ],
    description: 'Select the width of the center channel.',
  },
];

/** Settings > Display: one section open at a time, each saved to the user's preferences on Save. */
export function renderDisplayTab(panel, session) {
  let active = '';
  const show = (section) => {
    active = section;
    render();
  };
  const render = () => {
    const sections = [
      themeSection({
        session,
        active: active === 'theme',
        onEdit: () => show('theme'),
        onClose: () => show(''),
      }),
      ...CHOICES.map((choice) =>
        radioSection({
          ...choice,
          value: () => preference(DISPLAY, choice.name, choice.fallback),
          save: (value) => saveDisplay(session, choice.name, value),
          active: active === choice.section,
          onEdit: () => show(choice.section),
          onClose: () => show(''),
        }),
      ),
      languageSection({
        session,
        active: active === 'languages',
        onEdit: () => show('languages'),
        onClose: () => show(''),
      }),
    ];
    panel.replaceChildren(
      h('h3', { className: 'tab-header' }, 'Display Settings'),
      h('div', { className: 'divider-dark' }),
      ...sections.flatMap((section) => [
        h('div', { className: 'section-wrapper' }, section),
        h('div', { className: 'divider-dark' }),
      ]),
    );
    panel.querySelector('.section-max input:checked, .section-max select, .section-max input')?.focus();
  };
  render();
}

async function saveDisplay(session, name, value) {
  try {
    await savePreferences(session.user.id, [{ category: DISPLAY, name, value }]);
    return undefined;
  } catch (failure) {
    return failure.message;
  }
}

/** Language: Mattermost's ManageLanguages (label #changeInterfaceLanguageLabel, chooser #displayLanguage). */
function languageSection({ session, active, onEdit, onClose }) {
  const current = session.user.locale || 'en';
  if (!active) {
    return sectionMin({ section: 'languages', title: 'Language', describe: languageName(current), onEdit });
  }
  const select = h(
    'select',
    { id: 'displayLanguage', className: 'form-control', 'aria-labelledby': 'changeInterfaceLanguageLabel' },
    LANGUAGES.map((language) =>
      h('option', { value: language.value, selected: language.value === current }, language.name),
    ),
  );
  const error = h('div', { id: 'serverError', className: 'form-error', role: 'alert', hidden: true });
  const submit = async (event) => {
    event.preventDefault();
    if (select.value === current) return onClose();
    try {
      session.user = await api('PUT', '/users/me/patch', { locale: select.value });
      // Mattermost re-renders the whole app in the new language; the sandbox reloads the page to the same effect.
      window.location.reload();
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
    }
  };
  return h(
    'form',
    { className: 'section-max form-horizontal', id: 'languagesSetting', onsubmit: submit },
    h('h4', { id: 'settingTitle', className: 'section-max__title' }, 'Language'),
    h(
      'label',
      {
        id: 'changeInterfaceLanguageLabel',
        className: 'control-label',
        'aria-label': 'Dropdown selector to change the interface language',
      },
      'Change interface language',
    ),
    select,
    h('div', { className: 'help-text' }, 'Select which language Mattermost displays in the user interface.'),
    error,
    settingButtons(onClose),
  );
}
