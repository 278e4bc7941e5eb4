import { api } from './api.js';
import { formatTime, h } from './dom.js';
import { displayNameOf } from './preferences.js';

/** The post list of one channel: loads over REST, appends new posts (own or from the websocket) once. */
export class PostList {
  constructor({ container, channel, onRendered = () => {} }) {
    this.container = container;
    this.channel = channel;
    // Areas decorate each post element (menus, reactions, reply counts) through the host's `post` event.
    this.onRendered = onRendered;
    this.users = new Map();
    this.shown = new Set();
  }

  async load() {
    const page = await api('GET', `/channels/${this.channel.id}/posts?page=0&per_page=60`);
    const posts = [...page.order].reverse().map((id) => page.posts[id]);
    await this.loadUsers(posts);
    this.container.replaceChildren();
    this.shown.clear();
    if (posts.length === 0) this.container.append(emptyChannel(this.channel));
    for (const post of posts) this.render(post);
    this.scrollToBottom();
  }

  async add(post) {
    if (post.channel_id !== this.channel.id || this.shown.has(post.id)) return;
    await this.loadUsers([post]);
    this.container.querySelector('.channel-intro')?.remove();
    this.render(post);
    this.scrollToBottom();
  }

  async loadUsers(posts) {
    const missing = [...new Set(posts.map((post) => post.user_id))].filter((id) => !this.users.has(id));
    if (missing.length === 0) return;
    for (const user of await api('POST', '/users/ids', missing)) this.users.set(user.id, user);
  }

  /** Takes a post off the list (deleted), so that it could be shown again only as a new post. */
  remove(postId) {
    this.shown.delete(postId);
    document.getElementById(`post_${postId}`)?.remove();
  }

  render(post) {
    if (this.shown.has(post.id)) return;
    this.shown.add(post.id);
    const author = this.users.get(post.user_id);
    const name = displayNameOf(author);
    const element = h(
      'div',
      {
        id: `post_${post.id}`,
        className: `post${post.root_id ? ' post--comment' : ' post--root'}`,
        role: 'article',
        'data-testid': 'postView',
        'aria-label': `${name} at ${formatTime(post.create_at)}`,
      },
      h('div', { className: 'post__avatar', 'aria-hidden': 'true' }, initials(author)),
      h(
        'div',
        { className: 'post__content' },
        postHeader(post, name),
        h('div', { id: `postMessageText_${post.id}`, className: 'post-message__text' }, post.message),
      ),
    );
    this.container.append(element);
    this.onRendered({ post, element, author });
  }

  scrollToBottom() {
    this.container.scrollTop = this.container.scrollHeight;
  }
}

/** A post's header: who wrote it and when (the center list and the RHS show the same). */
export function postHeader(post, name) {
  return h(
    'div',
    { className: 'post__header' },
    h('span', { className: 'user-popover' }, name),
    h(
      'time',
      { className: 'post__time', datetime: new Date(post.create_at).toISOString() },
      formatTime(post.create_at),
    ),
  );
}

export function initials(user) {
  if (!user) return '?';
  const fromNames = `${user.first_name?.[0] ?? ''}${user.last_name?.[0] ?? ''}`;
  return (fromNames || user.username.slice(0, 2)).toUpperCase();
}

function emptyChannel(channel) {
  return h(
    'div',
    { className: 'channel-intro' },
    h('h3', {}, `Beginning of ${channel.display_name}`),
    h('p', {}, 'No messages yet. Say hello!'),
  );
}
