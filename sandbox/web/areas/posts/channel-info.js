import { h } from '/static/js/dom.js';

/**
 * The body of Mattermost's channel Info RHS (channel_info_rhs/about_area_channel): the channel's name, its
 * purpose and header under their headings, its handle and id.
 */
export function channelInfoBody(channel) {
  const heading = (text) => h('div', { className: 'channel-info__heading' }, text);
  return h(
    'div',
    { className: 'channel-info' },
    h('div', { className: 'channel-info__name' }, channel.display_name),
    channel.purpose
      ? h(
          'div',
          { className: 'channel-info__purpose' },
          heading('Channel Purpose'),
          h('div', {}, channel.purpose),
        )
      : null,
    channel.header
      ? h(
          'div',
          { className: 'channel-info__header' },
          heading('Channel Header'),
          h('div', {}, channel.header),
        )
      : null,
    h('div', { className: 'channel-info__id' }, `Channel handle: ${channel.name}`),
    h('div', { className: 'channel-info__id' }, `ID: ${channel.id}`),
  );
}

/** Ctrl/Cmd+Shift+I opens the channel's Info in the RHS, and closes it when it is open. */
export function bindChannelInfoShortcut(rhs) {
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
    if (event.key.toLowerCase() !== 'i') return;
    event.preventDefault();
    if (rhs.view?.kind === 'info') rhs.close();
    else rhs.openInfo();
  });
}
