import { h } from '/static/js/dom.js';

/**
 * Reactions under a post (`.post-reaction-list`, one `button.Reaction#postReaction-<postId>-<emoji>` each, with
 * the emoji as `span.emoticon` showing its shortcode and `span.Reaction__count`), and Mattermost's "+:emoji:"
 * shortcut: a message that is only `+:name:` reacts to the latest post instead of being posted.
 */
const REACT_SHORTCUT = /^\+:([a-zA-Z0-9+_-]+):\s*$/;

export function reactionShortcut(message) {
  return REACT_SHORTCUT.exec(message)?.[1];
}

export async function addReaction(api, me, postId, emojiName) {
  await api('POST', '/reactions', { user_id: me.id, post_id: postId, emoji_name: emojiName });
}

export async function showReactions(api, element, postId) {
  const reactions = await api('GET', `/posts/${postId}/reactions`);
  renderReactions(element, postId, reactions);
}

export function renderReactions(element, postId, reactions) {
  const counts = new Map();
  for (const reaction of reactions)
    counts.set(reaction.emoji_name, (counts.get(reaction.emoji_name) ?? 0) + 1);
  element.querySelector('.post-reaction-list')?.remove();
  if (counts.size === 0) return;
  const chips = [...counts].map(([name, count]) =>
    h(
      'button',
      {
        type: 'button',
        id: `postReaction-${postId}-${name}`,
        className: 'Reaction',
        'aria-label': `reacted with :${name}:`,
      },
      h('span', { className: 'emoticon', title: `:${name}:` }, `:${name}:`),
      h('span', { className: 'Reaction__count' }, String(count)),
    ),
  );
  element.querySelector('.post__content').append(h('div', { className: 'post-reaction-list' }, ...chips));
}
