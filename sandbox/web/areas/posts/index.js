import { bindMessageBoxKeys } from './box-keys.js';
import { bindChannelInfoShortcut } from './channel-info.js';
import { DeletePostModal } from './delete-modal.js';
import { startEdit } from './edit.js';
import { PostDecorations } from './post-menu.js';
import { showReactions } from './reactions.js';
import { RightSidebar } from './rhs.js';
import { SavedPosts } from './saved.js';

/**
 * The posts area of the channel page: the hover menu and "Post extra options" dot menu on each post, inline
 * edit (dot menu, or Up in an empty message box; Shift+Up replies: box-keys.js) with the "Edited" indicator,
 * delete with its confirm dialog, pin/unpin with the Pinned badge and the pinned list, save/unsave with the saved list, and reply
 * threads in the right-hand sidebar.
 * Element ids, names and texts are the Mattermost web app's.
 */
export async function install(host) {
  const known = new Map();
  const saved = new SavedPosts(host);
  let rhs;
  const actions = {
    me: () => host.state.user,
    team: () => host.state.team,
    channelNamed: (name) => channelNamed(host, name),
    openThread: (post) => rhs.openThread(post),
    edit: (post, where) => startEdit({ post, api: host.api, where, onSaved: (saved) => updated(saved) }),
    remove: (post) => new DeletePostModal({ post, api: host.api, onDeleted: () => removed(post) }).open(),
    togglePin: async (post) => {
      await host.api('POST', `/posts/${post.id}/${post.is_pinned ? 'unpin' : 'pin'}`);
      updated({ ...post, is_pinned: !post.is_pinned });
    },
    isSaved: (id) => saved.has(id),
    toggleSave: async (post) => {
      await saved.toggle(post.id);
      decorations.refresh(known.get(post.id) ?? post);
      rhs?.savedChanged(post.id, saved.has(post.id));
    },
    savedList: () => saved.list(),
    postOf: (id) => known.get(id),
    updated: (post) => updated(post),
    decorate: (post, element, location) => decorations.decorate(post, element, location),
  };
  const decorations = new PostDecorations(actions);

  function updated(post) {
    known.set(post.id, post);
    decorations.refresh(post);
    rhs?.refresh(post);
  }
  function removed(post) {
    known.delete(post.id);
    host.state.postList?.remove(post.id);
    rhs?.removed(post);
    const root = post.root_id && known.get(post.root_id);
    if (root) updated({ ...root, reply_count: Math.max(0, (root.reply_count ?? 1) - 1) });
  }

  addStyleSheet('/static/areas/posts/posts.css');
  host.on('post', ({ post, element }) => {
    known.set(post.id, post);
    // Mattermost shows system messages and /me posts alike (post--system: lighter text).
    if (post.type === 'me' || post.type?.startsWith('system_')) element.classList.add('post--system');
    decorations.decorate(post, element);
    showReactions(host.api, element, post.id).catch(() => {});
    const root = post.root_id && known.get(post.root_id);
    if (root && post.reply_count > (root.reply_count ?? 0))
      updated({ ...root, reply_count: post.reply_count });
  });
  // Mattermost's search results carry the post's badges, save icon and menu, as the pinned and saved lists do.
  host.on('searchResult', ({ post, element }) => {
    known.set(post.id, post);
    // The search area renders the text with its highlighted terms: kept as it is, not re-rendered as markdown.
    const text = element.querySelector('.post-message__text');
    if (text) text.dataset.rendered = post.message;
    decorations.decorate(post, element, 'SEARCH');
  });
  // Before any post renders (the page awaits its areas' install), so each post shows its saved state at once.
  await saved.load();
  host.on('ready', (state) => {
    rhs = new RightSidebar({ host, actions, channel: state.channel, team: state.team });
    bindChannelInfoShortcut(rhs);
    bindMessageBoxKeys({ state, known, actions });
  });
  host.on('websocket', (event) => {
    const post = event.data?.post ? JSON.parse(event.data.post) : undefined;
    if (!post || post.channel_id !== host.state.channel?.id) return;
    if (event.event === 'post_edited' && known.has(post.id)) updated(post);
    if (event.event === 'post_deleted') removed(post);
    if (event.event === 'posted' && post.root_id) rhs?.replied(post);
  });
  host.on('websocket', (event) => {
    if (event.event !== 'reaction_added' && event.event !== 'reaction_removed') return;
    const { post_id: postId } = JSON.parse(event.data.reaction);
    for (const element of document.querySelectorAll(`#post_${postId}, #rhsPost_${postId}`)) {
      showReactions(host.api, element, postId).catch(() => {});
    }
  });
}

const channelsByName = new Map();

/** The channel of the current team called `name` (a member's or a readable public one), or undefined; cached. */
function channelNamed(host, name) {
  const mine = host.state.channels?.find((channel) => channel.name === name && channel.team_id);
  if (mine) return Promise.resolve(mine);
  if (!channelsByName.has(name)) {
    const path = `/teams/${host.state.team?.id}/channels/name/${encodeURIComponent(name)}`;
    channelsByName.set(
      name,
      host.api('GET', path).catch(() => undefined),
    );
  }
  return channelsByName.get(name);
}

function addStyleSheet(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
