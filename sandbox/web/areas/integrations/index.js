import { bindSlashCommands } from './slash-commands.js';

/**
 * The channel page's part of the integrations: the main menu's "Integrations" item (`#integrations`, for those who
 * may manage integrations), posts made by integrations shown with the name they post as and the BOT tag, and
 * slash commands typed in the message box run through `POST /api/v4/commands/execute`.
 */
export function install(host) {
  host.on('ready', ({ user, team }) => addMenuItem(user, team));
  host.on('post', ({ post, element }) => {
    markIntegrationPost(post, element);
    // After the other areas' listeners: the posts area redraws the message text (mentions) as it renders.
    queueMicrotask(() => showMePost(post, element));
  });
  bindSlashCommands(host);
}

function addMenuItem(user, team) {
  if (!user?.roles?.split(' ').includes('system_admin') || !team) return;
  const menu = document.getElementById('sidebarDropdownMenu');
  if (!menu || menu.querySelector('#integrations')) return;
  const item = document.createElement('a');
  item.setAttribute('role', 'menuitem');
  item.id = 'integrations';
  item.href = `/${team.name}/integrations`;
  item.textContent = 'Integrations';
  item.style.textDecoration = 'none';
  menu.insertBefore(item, menu.querySelector('#systemConsole') ?? menu.querySelector('#logout'));
}

/**
 * Mattermost shows a webhook's or command's post under its override username (when the server allowed one) with
 * a BOT tag (`.BotTag`, "BOT") and the override icon; the author is still the integration's creator.
 */
function markIntegrationPost(post, element) {
  if (post.props?.from_webhook !== 'true') return;
  const header = element.querySelector('.post__header');
  const name = header?.querySelector('.user-popover');
  if (!header || !name || header.querySelector('.BotTag')) return;
  if (typeof post.props.override_username === 'string' && post.props.override_username) {
    name.textContent = post.props.override_username;
  }
  const tag = document.createElement('span');
  tag.className = 'Tag Tag--xs BotTag';
  tag.textContent = 'BOT';
  name.after(tag);
  const icon = post.props.override_icon_url;
  if (typeof icon === 'string' && icon) {
    const avatar = element.querySelector('.post__img, .avatar');
    avatar?.setAttribute('data-override-icon', icon);
  }
}

/** A /me post (type "me"): its message is "*text*", which Mattermost's markdown shows as italic text. */
function showMePost(post, element) {
  if (post.type !== 'me') return;
  const text = element.querySelector('.post-message__text');
  const match = /^\*(.*)\*$/s.exec(post.message);
  if (!text || !match) return;
  const emphasis = document.createElement('em');
  emphasis.textContent = match[1];
  text.replaceChildren(emphasis);
  element.classList.add('post--me');
}
