import { api } from './api.js';
import { formatDateTime, h } from './dom.js';
import { createModal } from './modal.js';

const HELP_TEXT =
  "Sessions are created when you log in through a new browser on a device. Sessions let you use Mattermost without having to log in again for a time period specified by the system administrator. To end the session sooner, use the 'Log Out' button.";

/** The "Active Sessions" dialog: one row per session of the current user, each with its own Log Out. */
export function openActiveSessions(session) {
  const { dialog, body } = createModal({
    id: 'activityLogModal',
    title: 'Active Sessions',
    className: 'activity-log-modal',
  });
  const list = h('form', { className: 'activity-log__list' });
  body.append(
    h(
      'div',
      { className: 'activity-log-modal__body' },
      h('p', { className: 'session-help-text' }, HELP_TEXT),
      list,
    ),
  );
  const refresh = async () => {
    const sessions = await api('GET', `/users/${session.user.id}/sessions`);
    list.replaceChildren(
      ...sessions.filter((item) => item.props?.type !== 'UserAccessToken').map((item) => row(item, revoke)),
    );
  };
  const revoke = async (sessionId) => {
    await api('POST', `/users/${session.user.id}/sessions/revoke`, { session_id: sessionId });
    dialog.querySelector('.modal-content').classList.add('animation--highlight');
    setTimeout(() => dialog.querySelector('.modal-content')?.classList.remove('animation--highlight'), 1500);
    await refresh();
  };
  refresh().catch(() => {});
}

function row(item, revoke) {
  const info = h(
    'div',
    { className: 'report__info' },
    h('div', {}, `Last activity: ${formatDateTime(item.last_activity_at)}`),
  );
  const moreInfo = h('a', { className: 'theme', href: '#' }, 'More info');
  moreInfo.addEventListener('click', (event) => {
    event.preventDefault();
    moreInfo.replaceWith(
      h('div', {}, `First time active: ${formatDateTime(item.create_at)}`),
      h('div', {}, `OS: ${item.props.os}`),
      h('div', {}, `Browser: ${item.props.browser}`),
      h('div', {}, `Session ID: ${item.id}`),
    );
  });
  info.append(moreInfo);
  const platform = item.props.platform || 'Unknown';
  return h(
    'div',
    { className: 'activity-log__table', 'data-session-id': item.id },
    h(
      'div',
      { className: 'activity-log__report' },
      h(
        'div',
        { className: 'report__platform' },
        h('i', { className: `platform-icon platform-${platform.toLowerCase()}`, title: `${platform} Icon` }),
        platform,
      ),
      info,
    ),
    h(
      'div',
      { className: 'activity-log__action' },
      h(
        'button',
        { type: 'button', className: 'btn btn-primary', onclick: () => revoke(item.id).catch(() => {}) },
        'Log Out',
      ),
    ),
  );
}
