import { formatTime, h } from '/static/js/dom.js';
import { postHeader } from '/static/js/posts.js';
import { channelInfoBody } from './channel-info.js';
import { addPreviewToggle } from './preview.js';
import { addReaction, reactionShortcut } from './reactions.js';

/** Which list the RHS shows, kept for the page of the next channel (see `reopen`). */
const LIST_KEY = 'casebook.rhs.list';

/**
 * The right-hand sidebar (`#sidebar-right`, `#rhsContainer`): a reply thread (root, replies, `#reply_textbox`
 * with its send button disabled while the box is empty), the channel's pinned messages opened from the
 * channel header's `#channelHeaderPinButton`, or the user's saved messages from the "Saved messages" button.
 * Buttons "Expand Sidebar Icon" / "Collapse Sidebar Icon" and "Close" as in Mattermost.
 */
export class RightSidebar {
  constructor({ host, actions, channel }) {
    this.host = host;
    this.actions = actions;
    this.channel = channel;
    this.view = undefined;
    this.addPinButton();
    this.addSavedButton();
    this.reopen();
  }

  /**
   * Mattermost is one page: a pinned or saved list stays open when the user opens another channel, and the
   * pinned list then shows that channel's. The sandbox loads a page per channel, so the open list is carried
   * over in the tab's session storage.
   */
  reopen() {
    const list = sessionStorage.getItem(LIST_KEY);
    if (list === 'pinned') this.openPinned();
    if (list === 'saved') this.openSaved();
  }

  addSavedButton() {
    const button = h(
      'button',
      {
        type: 'button',
        className: 'channel-header__icon channel-header__saved',
        'aria-label': 'Saved messages',
        title: 'Saved messages',
        onclick: () => (this.view?.kind === 'saved' ? this.close() : this.openSaved()),
      },
      h('i', { className: 'icon icon-bookmark-outline', 'aria-hidden': 'true' }),
    );
    document.querySelector('.account-menu')?.before(button);
  }

  addPinButton() {
    const button = h(
      'button',
      {
        type: 'button',
        id: 'channelHeaderPinButton',
        className: 'channel-header__icon',
        'aria-label': 'Pinned messages',
        title: 'Pinned messages',
        onclick: () => (this.view?.kind === 'pinned' ? this.close() : this.openPinned()),
      },
      // Mattermost's compass icon class; drawn by CSS, so it shows without an emoji font on the machine.
      h('i', { className: 'icon icon-pin-outline', 'aria-hidden': 'true' }),
    );
    document.querySelector('.channel-header__info')?.after(button);
  }

  async openThread(post) {
    const rootId = post.root_id || post.id;
    const thread = await this.host.api('GET', `/posts/${rootId}/thread`);
    const posts = [...thread.order].reverse().map((id) => thread.posts[id]);
    await this.loadUsers(posts);
    const list = h('div', { className: 'post-right__content', 'aria-label': 'Thread replies' });
    const form = this.replyForm(rootId);
    this.show({ kind: 'thread', rootId, list }, 'Thread', this.channel.display_name, list, form);
    for (const item of posts) this.renderPost(item, list, item.id === rootId ? 'RHS_ROOT' : 'RHS_COMMENT');
    form.querySelector('#reply_textbox').focus();
  }

  /** The channel's Info (channel_info_rhs: title "Info", the channel's name under it). */
  async openInfo() {
    const channel = await this.host.api('GET', `/channels/${this.channel.id}`);
    this.show({ kind: 'info' }, 'Info', channel.display_name, channelInfoBody(channel));
  }

  async openPinned() {
    const pinned = await this.host.api('GET', `/channels/${this.channel.id}/pinned`);
    const posts = pinned.order.map((id) => pinned.posts[id]);
    await this.loadUsers(posts);
    const list = h('div', { id: 'search-items-container', className: 'search-items-container' });
    this.show({ kind: 'pinned', list }, 'Pinned messages', this.channel.display_name, list);
    if (posts.length === 0) list.append(noResults('No pinned messages yet'));
    for (const post of posts) this.renderSearchItem(post, list);
  }

  /** "Saved messages": the user's saved posts of every channel, each under its channel's name. */
  async openSaved() {
    const saved = await this.actions.savedList();
    const posts = saved.order.map((id) => saved.posts[id]);
    await this.loadUsers(posts);
    const names = await this.channelNames(posts);
    const list = h('div', { id: 'search-items-container', className: 'search-items-container' });
    this.show({ kind: 'saved', list }, 'Saved messages', undefined, list);
    if (posts.length === 0) list.append(noResults('No saved messages yet'));
    for (const post of posts) this.renderSearchItem(post, list, names.get(post.channel_id));
  }

  async channelNames(posts) {
    const names = new Map([[this.channel.id, this.channel.display_name]]);
    for (const channel of this.host.state.channels ?? []) names.set(channel.id, channel.display_name);
    for (const id of new Set(posts.map((post) => post.channel_id))) {
      if (!names.has(id)) names.set(id, (await this.host.api('GET', `/channels/${id}`)).display_name);
    }
    return names;
  }

  /** A post was saved or unsaved: the saved list follows. */
  savedChanged(postId, saved) {
    if (this.showing('saved') && saved !== Boolean(document.getElementById(`searchResult_${postId}`))) {
      this.openSaved();
    }
  }

  show(view, title, subtitle, ...body) {
    this.close();
    this.view = view;
    const expand = h('button', {
      type: 'button',
      className: 'sidebar--right__expand',
      'aria-label': 'Expand Sidebar Icon',
      onclick: () => {
        const expanded = panel.classList.toggle('sidebar--right--expanded');
        expand.setAttribute('aria-label', expanded ? 'Collapse Sidebar Icon' : 'Expand Sidebar Icon');
      },
    });
    const panel = h(
      'div',
      { id: 'sidebar-right', className: 'sidebar--right', role: 'complementary', 'aria-label': title },
      h(
        'div',
        { id: 'rhsContainer', className: 'sidebar-right__body' },
        h(
          'div',
          { className: 'sidebar--right__header' },
          h(
            'span',
            { className: 'sidebar--right__title' },
            title,
            subtitle ? h('span', { className: 'sidebar--right__title__channel' }, subtitle) : null,
          ),
          expand,
          h(
            'button',
            {
              type: 'button',
              className: 'sidebar--right__close',
              'aria-label': 'Close',
              onclick: () => this.close(),
            },
            '×',
          ),
        ),
        ...body,
      ),
    );
    document.getElementById('root').append(panel);
    document.getElementById('root').classList.add('app--rhs-open');
    if (view.kind === 'pinned' || view.kind === 'saved') sessionStorage.setItem(LIST_KEY, view.kind);
    else sessionStorage.removeItem(LIST_KEY);
  }

  close() {
    document.getElementById('sidebar-right')?.remove();
    document.getElementById('root').classList.remove('app--rhs-open');
    sessionStorage.removeItem(LIST_KEY);
    this.view = undefined;
  }

  replyForm(rootId) {
    const box = h('textarea', {
      id: 'reply_textbox',
      className: 'post-create__textbox',
      rows: 1,
      'aria-label': 'reply to this thread...',
      placeholder: 'Reply to this thread...',
    });
    const send = h(
      'button',
      { type: 'submit', className: 'btn btn-primary', 'data-testid': 'SendMessageButton', disabled: true },
      'Reply',
    );
    const form = h(
      'form',
      { className: 'post-create', 'data-testid': 'comment-create', novalidate: true },
      box,
      send,
    );
    box.addEventListener('input', () => {
      send.disabled = box.value.trim() === '';
    });
    const submit = async () => {
      const message = box.value;
      if (!message.trim()) return;
      box.value = '';
      send.disabled = true;
      const emoji = reactionShortcut(message);
      const latest = this.latestPost();
      if (emoji && latest) return addReaction(this.host.api, this.host.state.user, latest, emoji);
      // A slash command typed here runs in the thread (the integrations area's send handler).
      const draft = { message, channel: this.channel, postList: this.host.state.postList, rootId };
      if (await this.host.send({ ...draft, textbox: box, error: replyError(form) })) return;
      const post = await this.host.api('POST', '/posts', {
        channel_id: this.channel.id,
        message,
        root_id: rootId,
      });
      this.replied(post);
      await this.host.state.postList.add(post);
    };
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
      } else if (event.key === 'ArrowUp' && box.value === '' && !event.shiftKey && !event.altKey) {
        // Mattermost: Up in an empty reply box edits the user's last post of the thread, in the RHS.
        const last = this.lastOwnPost();
        if (!last) return;
        event.preventDefault();
        this.actions.edit(last, 'rhs');
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    addPreviewToggle(form, box);
    return form;
  }

  /** The id of the thread's latest post (what "+:emoji:" reacts to). */
  latestPost() {
    const last = [...document.querySelectorAll('#sidebar-right [data-testid="rhsPostView"]')].at(-1);
    return last?.id.replace(/^rhsPost_/, '');
  }

  lastOwnPost() {
    const me = this.host.state.user.id;
    const ids = [...document.querySelectorAll('#sidebar-right [data-testid="rhsPostView"]')].map((element) =>
      element.id.replace(/^rhsPost_/, ''),
    );
    return ids
      .map((id) => this.actions.postOf(id))
      .filter((post) => post && post.user_id === me)
      .at(-1);
  }

  /** A reply arrived (own or live): add it to the open thread and update the root's count. */
  async replied(post) {
    const root = this.actions.postOf(post.root_id);
    if (root && post.reply_count > (root.reply_count ?? 0)) {
      this.actions.updated({ ...root, reply_count: post.reply_count });
    }
    if (this.view?.kind !== 'thread' || this.view.rootId !== post.root_id) return;
    if (document.getElementById(`rhsPost_${post.id}`)) return;
    await this.loadUsers([post]);
    this.renderPost(post, this.view.list, 'RHS_COMMENT');
  }

  /** Whether the list `kind` is what the sidebar shows (another area, search, may have taken the sidebar since). */
  showing(kind) {
    return this.view?.kind === kind && this.view.list?.isConnected;
  }

  refresh(post) {
    if (this.showing('pinned') && post.channel_id === this.channel.id) {
      const listed = document.getElementById(`searchResult_${post.id}`);
      if (post.is_pinned !== Boolean(listed)) this.openPinned();
    }
  }

  removed(post) {
    if (this.view?.kind === 'thread' && this.view.rootId === post.id) return this.close();
    document.getElementById(`rhsPost_${post.id}`)?.remove();
    document.getElementById(`searchResult_${post.id}`)?.remove();
  }

  renderPost(post, list, location) {
    const element = postElement(post, this.authorName(post), 'rhsPost', 'rhsPostMessageText');
    element.setAttribute('data-testid', 'rhsPostView');
    list.append(element);
    this.actions.decorate(post, element, location);
  }

  renderSearchItem(post, list, channelName) {
    const element = postElement(post, this.authorName(post), 'searchResult', 'rhsPostMessageText');
    element.setAttribute('data-testid', 'search-item-container');
    // Which list it is in decides the badges it shows (post-menu.js pinnedHeader).
    element.dataset.list = this.view?.kind ?? '';
    if (channelName) {
      const header = h('div', { className: 'search-channel__name' }, channelName);
      element.prepend(header);
    }
    list.append(element);
    this.actions.decorate(post, element, 'SEARCH');
  }

  authorName(post) {
    return this.host.state.postList?.users.get(post.user_id)?.username ?? 'someone';
  }

  async loadUsers(posts) {
    const users = this.host.state.postList?.users;
    const missing = [...new Set(posts.map((post) => post.user_id))].filter((id) => !users?.has(id));
    if (!users || missing.length === 0) return;
    for (const user of await this.host.api('POST', '/users/ids', missing)) users.set(user.id, user);
  }
}

function postElement(post, name, idPrefix, textPrefix) {
  return h(
    'div',
    {
      id: `${idPrefix}_${post.id}`,
      className: 'post',
      role: 'article',
      'aria-label': `${name} at ${formatTime(post.create_at)}`,
    },
    h(
      'div',
      { className: 'post__content' },
      postHeader(post, name),
      h('div', { id: `${textPrefix}_${post.id}`, className: 'post-message__text' }, post.message),
    ),
  );
}

/** Mattermost's NoResultsIndicator: `.no-results__title` in `#search-items-container`. */
function noResults(title) {
  return h('div', { className: 'no-results__wrapper' }, h('h3', { className: 'no-results__title' }, title));
}

/** The line under the reply box where a command's error shows (the center box has `#postError`). */
function replyError(form) {
  let error = form.parentElement.querySelector(':scope > .post-create__error');
  if (!error) {
    error = h('p', { className: 'post-create__error', role: 'alert', hidden: true });
    form.after(error);
  }
  return error;
}
