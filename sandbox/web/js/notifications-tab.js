import { api } from './api.js';
import { h } from './dom.js';
import { mentionKeysSection } from './mention-keys-section.js';
import { sectionMin } from './modal.js';
import { settingButtons } from './setting-item.js';

const LEVELS = [
  { id: 'desktopNotificationAllActivity', value: 'all', label: 'For all activity' },
  { id: 'desktopNotificationMentions', value: 'mention', label: 'Only for mentions and direct messages' },
  { id: 'desktopNotificationNever', value: 'none', label: 'Never' },
];

function describe(props) {
  const sound = props.desktop_sound === 'false' ? 'without sound' : 'with sound';
  if (props.desktop === 'all') return `For all activity, ${sound}`;
  if (props.desktop === 'none') return 'Off';
  return `Only for mentions and direct messages, ${sound}`;
}

/** The Notifications tab: "Desktop Notifications" and "Words That Trigger Mentions", each collapsed or expanded. */
export function renderNotificationsTab(panel, session) {
  const section = h('div', { className: 'section-wrapper' });
  const collapse = () => section.replaceChildren(collapsed(session, expand));
  const expand = () => section.replaceChildren(expanded(session, collapse));
  collapse();
  panel.replaceChildren(
    h('h3', { className: 'tab-header' }, 'Notifications'),
    h('div', { className: 'divider-dark' }),
    section,
    h('div', { className: 'divider-light' }),
    mentionKeysSection(session),
  );
}

function collapsed(session, onEdit) {
  return sectionMin({
    section: 'desktop',
    title: 'Desktop Notifications',
    describe: describe(session.user.notify_props),
    onEdit,
  });
}

function expanded(session, collapse) {
  const current = session.user.notify_props.desktop;
  const radios = LEVELS.map((level) =>
    h(
      'div',
      { className: 'radio' },
      h('input', {
        type: 'radio',
        id: level.id,
        name: 'desktopNotificationLevel',
        value: level.value,
        'data-value': level.value,
        checked: level.value === current,
      }),
      h('label', { for: level.id }, level.label),
    ),
  );
  const error = h('div', { id: 'serverError', className: 'form-error', role: 'alert', hidden: true });
  const save = async (event) => {
    event.preventDefault();
    const desktop = section.querySelector('input[name="desktopNotificationLevel"]:checked')?.value ?? current;
    try {
      // Mattermost sends the whole notify_props map; the server replaces it.
      session.user = await api('PUT', '/users/me/patch', {
        notify_props: { ...session.user.notify_props, desktop },
      });
      collapse();
    } catch (failure) {
      error.hidden = false;
      error.textContent = failure.message;
    }
  };
  const section = h(
    'form',
    { className: 'section-max form-horizontal', onsubmit: save },
    h('h4', { id: 'settingTitle', className: 'section-max__title' }, 'Desktop Notifications'),
    h('fieldset', {}, h('legend', { className: 'form-legend' }, 'Send desktop notifications'), radios),
    h(
      'p',
      { className: 'help-text' },
      'Desktop notifications are available on Edge, Firefox, Safari, Chrome and Mattermost Desktop Apps.',
    ),
    error,
    settingButtons(collapse),
  );
  return section;
}
