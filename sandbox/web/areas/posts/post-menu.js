import { h } from '/static/js/dom.js';
import { bindMenu } from '/static/js/menus.js';
import { linkChannelMentions } from './channel-links.js';
import { renderMarkdown } from './markdown.js';
import { renderMentions } from './mentions.js';

/**
 * What the posts area adds to each post element: the "Pinned" / "Saved" pre-header, the "Edited" indicator, the
 * "Commented on …'s message:" line of a reply, and the hover menu (`.post-menu`: reply with its count, the save
 * icon, "more" opening the "Post extra options" menu). `location` is Mattermost's id prefix: CENTER, RHS_ROOT,
 * RHS_COMMENT, SEARCH (the pinned and saved lists).
 */
export class PostDecorations {
  constructor(actions) {
    this.actions = actions;
  }

  decorate(post, element, location = 'CENTER') {
    element.dataset.location = location;
    const content = element.querySelector('.post__content');
    if (location === 'CENTER' && post.root_id) this.commentedOn(post, element, content);
    // System messages (ephemeral answers, header changes) have no post menu in Mattermost.
    if (!post.type?.startsWith('system_')) content.append(postMenu(post, location, this.actions));
    this.refresh(post, element);
  }

  /** Re-renders what an edit, a pin or a new reply changes, wherever the post is shown. */
  refresh(post, only) {
    const elements = only ? [only] : document.querySelectorAll(`[data-post-id="${post.id}"]`);
    for (const element of elements) {
      element.dataset.postId = post.id;
      const location = element.dataset.location;
      const text = element.querySelector('.post-message__text');
      if (text && text.dataset.rendered !== post.message) {
        renderMarkdown(text, post.message);
        renderMentions(text, this.actions.me());
        linkChannelMentions(text, this.actions.team(), this.actions.channelNamed).catch(() => {});
        text.dataset.rendered = post.message;
      }
      editedIndicator(post, element, location);
      replyCount(post, element, location);
      pinItem(post, element, location);
      savedState(post, element, location, this.actions.isSaved(post.id));
    }
  }

  /** Shown when the reply does not follow its thread in the list, as Mattermost does. */
  commentedOn(post, element, content) {
    const previous = element.previousElementSibling?.dataset?.postId;
    const previousPost = previous && this.actions.postOf(previous);
    if (previousPost && (previousPost.id === post.root_id || previousPost.root_id === post.root_id)) return;
    const root = this.actions.postOf(post.root_id);
    if (!root) return;
    const rootAuthor = element.ownerDocument.querySelector(`#post_${root.id} .user-popover`)?.textContent;
    const line = h(
      'div',
      { className: 'post__link', 'data-testid': 'post-link' },
      `Commented on ${rootAuthor ?? 'someone'}'s message: `,
      h(
        'a',
        {
          href: '#',
          onclick: (event) => {
            event.preventDefault();
            this.actions.openThread(root);
          },
        },
        root.message,
      ),
    );
    content.querySelector('.post__header').after(line);
  }
}

function postMenu(post, location, actions) {
  const me = actions.me();
  const mine = post.user_id === me.id;
  const isAdmin = me.roles?.includes('system_admin');
  const reply = h(
    'button',
    {
      type: 'button',
      id: `${location}_commentIcon_${post.id}`,
      className: 'post-menu__item post-menu__comment',
      'aria-label': 'reply',
      onclick: () => actions.openThread(post),
    },
    h('span', { className: 'icon icon-reply-outline', 'aria-hidden': 'true' }, '↩'),
    h('span', { className: 'post-menu__comment-count' }),
  );
  const more = h(
    'button',
    {
      type: 'button',
      id: `${location}_button_${post.id}`,
      className: 'post-menu__item',
      'aria-label': 'more',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
    },
    '•••',
  );
  const item = (id, label, run) =>
    h('button', { type: 'button', role: 'menuitem', id: `${id}_${post.id}`, onclick: run }, label);
  const menu = h(
    'div',
    {
      id: `${location}_dropdown_${post.id}`,
      className: 'dropdown-menu post-menu__dropdown',
      role: 'menu',
      'aria-label': 'Post extra options',
      'data-testid': `post-menu-${post.id}`,
      hidden: true,
    },
    location === 'CENTER' ? item('reply_to_post', 'Reply', () => actions.openThread(post)) : null,
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        className: 'post-menu__save',
        onclick: () => actions.toggleSave(post),
      },
      'Save',
    ),
    item('pin_post', 'Pin to Channel', () => actions.togglePin(actions.postOf(post.id) ?? post)),
    mine || isAdmin
      ? item('edit_post', 'Edit', () =>
          // A search result is edited where it is shown, as in Mattermost; other places edit the center's post.
          actions.edit(actions.postOf(post.id) ?? post, location === 'SEARCH' ? 'search' : 'center'),
        )
      : null,
    mine || isAdmin
      ? item('delete_post', 'Delete', () => actions.remove(actions.postOf(post.id) ?? post))
      : null,
  );
  bindMenu(more, menu);
  const save = h(
    'button',
    {
      type: 'button',
      id: `${location}_flagIcon_${post.id}`,
      className: 'post-menu__item post-menu__flag',
      onclick: (event) => {
        event.preventDefault();
        actions.toggleSave(post);
      },
    },
    h('i', { className: 'icon icon-bookmark-outline', 'aria-hidden': 'true' }),
  );
  return h(
    'div',
    { className: 'post-menu' },
    reply,
    save,
    h('div', { className: 'post-menu__more' }, more, menu),
  );
}

function editedIndicator(post, element, location) {
  // Only the center post's indicator has an id in Mattermost (postEdited_<id>).
  const id = location === 'CENTER' ? `postEdited_${post.id}` : undefined;
  const shown = element.querySelector('.post-edited__indicator');
  if (post.edit_at > 0 && !shown) {
    const indicator = h('span', { id, className: 'post-edited__indicator', title: 'Edited' }, 'Edited');
    element.querySelector('.post-message__text').after(indicator);
  }
}

function pinnedHeader(post, element, location, saved) {
  const shown = element.querySelector('.post-pre-header');
  // Mattermost's PostPreHeader: a list in the RHS skips the badge that names the list itself (skipPinned in the
  // pinned list, skipFlagged in the saved list); search results and the center show both.
  const list = location === 'SEARCH' ? element.dataset.list : '';
  const pinned = post.is_pinned && list !== 'pinned';
  const label = pinned ? 'Pinned' : saved && list !== 'saved' ? 'Saved' : '';
  if (shown && shown.textContent !== label) shown.remove();
  if (label && !element.querySelector('.post-pre-header')) {
    element.querySelector('.post__content').prepend(h('div', { className: 'post-pre-header' }, label));
  }
  element.classList.toggle('post--pinned-or-flagged', Boolean(label));
}

/** The save icon (aria "save" / "remove from saved", tooltip "Save Message" / "Remove from Saved") and menu item. */
function savedState(post, element, location, saved) {
  pinnedHeader(post, element, location, saved);
  const icon = element.querySelector(`#${location}_flagIcon_${post.id}`);
  if (icon) {
    icon.setAttribute('aria-label', saved ? 'remove from saved' : 'save');
    icon.title = saved ? 'Remove from Saved' : 'Save Message';
    icon.classList.toggle('post-menu__item--selected', saved);
    icon.querySelector('i').className = `icon ${saved ? 'icon-bookmark' : 'icon-bookmark-outline'}`;
  }
  const item = element.querySelector(`#${location}_dropdown_${post.id} .post-menu__save`);
  if (item) item.textContent = saved ? 'Remove from Saved' : 'Save';
}

function replyCount(post, element, location) {
  const count = element.querySelector(`#${location}_commentIcon_${post.id} .post-menu__comment-count`);
  if (!count) return;
  const replies = post.root_id ? 0 : (post.reply_count ?? 0);
  count.textContent = replies > 0 ? String(replies) : '';
  element.classList.toggle('post--has-replies', replies > 0);
}

function pinItem(post, element, location) {
  // Mattermost's item ids: pin_post_<id>, unpin_post_<id> once pinned.
  const item = element.querySelector(`#${location}_dropdown_${post.id} [id$="pin_post_${post.id}"]`);
  if (!item) return;
  item.textContent = post.is_pinned ? 'Unpin from Channel' : 'Pin to Channel';
  item.id = `${post.is_pinned ? 'unpin' : 'pin'}_post_${post.id}`;
}
