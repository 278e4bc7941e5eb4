import { api, getClientConfig, onUnauthorized } from './api.js';
import { channelPath, directChannelAt, isDirectOrGroup, nameDirectChannels } from './direct-channels.js';
import { h } from './dom.js';
import { AreaHost, installAreas } from './host.js';
import { formatMessage } from './i18n.js';
import { connectWebSocket, startStatusPolling } from './live.js';
import { bindMenu } from './menus.js';
import { notifyAboutPost } from './post-notifications.js';
import { initials, PostList } from './posts.js';
import { forceLogout, logOut } from './session.js';
import { openAccountSettings } from './settings-modal.js';

const byId = (id) => document.getElementById(id);

/**
 * Resolves `/<team>/channels/<channel>` (or `/<team>/messages/@<user>` and `/<team>/messages/<group>`) to records,
 * redirecting to a valid place when a part is unknown.
 */
async function resolveLocation(teamName, kind, channelName, me) {
  const teams = await api('GET', '/users/me/teams');
  const team = teams.find((item) => item.name === teamName);
  if (!team) return { redirect: teams[0] ? `/${teams[0].name}/channels/town-square` : '/login' };
  // Archived channels open too (Mattermost lets members view them); the sidebar lists one only while it is open.
  const path = `/users/me/teams/${team.id}/channels?include_deleted=true`;
  let all = await api('GET', path);
  let channel =
    kind === 'messages'
      ? await directChannelAt(channelName, me, all)
      : all.find((item) => item.name === channelName && !isDirectOrGroup(item));
  if (!channel && kind === 'channels') channel = await joinPublicChannel(team, channelName, me);
  if (!channel) return { redirect: `/${team.name}/channels/town-square` };
  // A DM made by opening its URL is not in the list fetched before it existed.
  if (!all.some((item) => item.id === channel.id)) all = await api('GET', path);
  await nameDirectChannels(all, me);
  channel = all.find((item) => item.id === channel.id);
  const channels = all.filter((item) => item.delete_at === 0 || item.id === channel.id);
  return { team, channels, channel };
}

/** Mattermost joins a public channel of the team when its URL is opened (a ~channel link, a shared link). */
async function joinPublicChannel(team, channelName, me) {
  const channel = await api(
    'GET',
    `/teams/${team.id}/channels/name/${encodeURIComponent(channelName)}`,
  ).catch(() => undefined);
  if (channel?.type !== 'O' || channel.delete_at > 0) return undefined;
  await api('POST', `/channels/${channel.id}/members`, { user_id: me.id });
  return channel;
}

function renderSidebar(team, channels, current) {
  byId('teamDisplayName').textContent = team.display_name;
  byId('teamIcon').textContent = team.display_name.slice(0, 2);
  const item = (channel) =>
    h(
      'li',
      { className: `SidebarChannel${channel.id === current.id ? ' active' : ''}` },
      h(
        'a',
        {
          id: `sidebarItem_${channel.name}`,
          className: 'SidebarLink',
          href: channelPath(team, channel),
          'aria-current': channel.id === current.id ? 'page' : undefined,
        },
        sidebarIcon(channel),
        h('span', { className: 'SidebarChannelLinkLabel' }, channel.display_name),
      ),
    );
  // The category headings as Mattermost's sidebar names them (sidebar_category: categoryNames).
  byId('channelsHeading').textContent = formatMessage({
    id: 'sidebar.types.channels',
    defaultMessage: 'CHANNELS',
  });
  byId('directMessagesHeading').textContent = formatMessage({
    id: 'sidebar.types.direct_messages',
    defaultMessage: 'DIRECT MESSAGES',
  });
  byId('sidebarChannels').replaceChildren(...channels.filter((c) => !isDirectOrGroup(c)).map(item));
  byId('sidebarDirectMessages').replaceChildren(...channels.filter(isDirectOrGroup).map(item));
}

function sidebarIcon(channel) {
  if (channel.delete_at > 0) {
    return h('span', {
      className: 'SidebarChannelIcon SidebarChannelIcon--archived icon-archive-outline',
      'aria-hidden': 'true',
    });
  }
  if (isDirectOrGroup(channel)) {
    // A GM shows how many others are in it, a DM the teammate's initial (Mattermost shows their picture).
    const text = channel.type === 'G' ? channel.display_name.split(', ').length - 1 : channel.display_name[0];
    return h(
      'span',
      { className: 'SidebarChannelIcon SidebarChannelIcon--direct', 'aria-hidden': 'true' },
      text,
    );
  }
  return channel.type === 'P'
    ? h('span', { className: 'SidebarChannelIcon SidebarChannelIcon--private', 'aria-hidden': 'true' })
    : h('span', { className: 'SidebarChannelIcon', 'aria-hidden': 'true' }, '#');
}

function renderHeader(channel, user) {
  byId('channelHeaderTitle').textContent = channel.display_name;
  // Mattermost's header shows the channel header (the purpose is in View Info).
  byId('channelHeaderDescription').textContent = channel.header;
  document.title = `${channel.display_name} - ${document.title}`;
  byId('accountMenuButton').textContent = initials(user);
  byId('accountMenuUser').replaceChildren(
    h('strong', {}, `${user.first_name} ${user.last_name}`.trim() || user.username),
    h('span', {}, `@${user.username}`),
  );
}

function bindMessageBox(channel, postList, host) {
  const textbox = byId('post_textbox');
  const error = byId('postError');
  textbox.setAttribute('aria-label', `write to ${channel.display_name}`);
  textbox.placeholder = formatMessage(
    { id: 'create_post.write', defaultMessage: 'Write to {channelDisplayName}' },
    { channelDisplayName: channel.display_name },
  );
  // Like Mattermost, the box empties as soon as a message is sent, and messages sent in quick succession are
  // posted one after the other, so none is lost or reordered while an earlier one is still on its way.
  let sending = Promise.resolve();
  const send = () => {
    const message = textbox.value;
    // A draft of attached files alone is sent too (Mattermost posts files without text).
    if (!message.trim() && !host.draftHasContent()) return;
    textbox.value = '';
    error.hidden = true;
    sending = sending.then(async () => {
      try {
        // An area may take the message instead (a slash command); it then shows its own outcome.
        if (message.trim() && (await host.send({ message, channel, postList, textbox, error }))) return;
        const post = await api('POST', '/posts', { channel_id: channel.id, message, ...host.draftFields() });
        host.clearDraft();
        await postList.add(post);
      } catch (failure) {
        error.hidden = false;
        error.textContent = failure.message;
        if (!textbox.value) textbox.value = message;
      }
    });
  };
  textbox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  byId('create_post').addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  textbox.focus();
}

function bindMenus(session) {
  bindMenu(byId('sidebarHeaderDropdownButton'), byId('sidebarDropdownMenu'));
  bindMenu(byId('accountMenuButton'), byId('userAccountMenu'));
  byId('accountSettings').addEventListener('click', () => openAccountSettings(session));
  byId('accountMenuProfile').addEventListener('click', () =>
    openAccountSettings(session, 'profile', 'profile'),
  );
  document
    .querySelector('.settings-button')
    .addEventListener('click', () => openAccountSettings(session, 'notifications', 'settings'));
  byId('logout').addEventListener('click', logOut);
  byId('accountMenuLogout').addEventListener('click', logOut);
}

function onPosted(data, session, channel, postList) {
  const post = JSON.parse(data.post);
  postList.add(post).catch(() => {});
  notifyAboutPost({
    post,
    senderName: data.sender_name,
    channelName: data.channel_display_name,
    channelType: data.channel_type,
    me: session.user,
    currentChannelId: channel.id,
  });
}

/** Mattermost's Ctrl/Cmd+Shift+A: opens Account Settings, and closes it when it is open. */
function bindShortcuts(session) {
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.key.toLowerCase() !== 'a') return;
    event.preventDefault();
    const open = document.getElementById('accountSettingsModal');
    if (open) open.close();
    else openAccountSettings(session);
  });
}

async function start() {
  onUnauthorized(forceLogout);
  const [, teamName, kind, channelName] = window.location.pathname.split('/');
  const config = await getClientConfig();
  document.title = config.SiteName;
  const session = { user: await api('GET', '/users/me') };
  const place = await resolveLocation(
    decodeURIComponent(teamName),
    kind,
    decodeURIComponent(channelName),
    session.user,
  );
  if (place.redirect) {
    window.location.replace(place.redirect);
    return;
  }
  const host = new AreaHost();
  // The signed-in user as settings change it (session.user is replaced on every save).
  host.session = session;
  await installAreas(host);
  renderSidebar(place.team, place.channels, place.channel);
  renderHeader(place.channel, session.user);
  bindMenus(session);
  const postList = new PostList({
    container: byId('postListContent'),
    channel: place.channel,
    onRendered: (rendered) => host.emit('post', rendered),
  });
  bindMessageBox(place.channel, postList, host);
  // Areas read the place and the user while the first posts render (their menus depend on who is looking).
  Object.assign(host.state, { ...place, user: session.user, postList, config });
  await postList.load();
  await host.reveal(host.state);
  // The view appears only once it is usable, so "#channel_view is visible" means "loaded" to tests and steps.
  byId('loadingScreen').remove();
  byId('SidebarContainer').hidden = false;
  byId('channel_view').hidden = false;
  // Mattermost puts the focus in the message box when a channel opens; a hidden box cannot take it earlier.
  byId('post_textbox').focus();
  startStatusPolling([session.user.id], Number(config.StatusIntervalMs) || 60_000);
  bindShortcuts(session);
  host.emit('ready', { ...place, user: session.user, postList, config });
  connectWebSocket(
    (event) => {
      if (event.event === 'posted') onPosted(event.data, session, place.channel, postList);
      host.emit('websocket', event);
    },
    () => postList.load().catch(() => {}),
  );
}

start().catch(() => {
  // A 401 has already started the forced logout; anything else leaves the partial page as it is.
});
