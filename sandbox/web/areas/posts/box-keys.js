/**
 * Mattermost's keys in an empty center message box (`#post_textbox`): Up edits the user's last post of the
 * channel, Shift+Up opens the reply thread of the channel's latest post in the RHS with the focus in
 * `#reply_textbox`. Both pass over system messages (joins, header changes) and ephemeral posts, which can be
 * neither edited nor replied to.
 */
export function bindMessageBoxKeys({ state, known, actions }) {
  const box = document.getElementById('post_textbox');
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' || box.value !== '' || event.altKey || event.ctrlKey || event.metaKey) return;
    const posts = channelPosts(known, state.channel.id);
    const target = event.shiftKey ? posts.at(-1) : posts.filter((p) => p.user_id === state.user.id).at(-1);
    if (!target) return;
    event.preventDefault();
    if (event.shiftKey) actions.openThread(target);
    else actions.edit(target);
  });
}

/** The channel's regular posts, oldest first. */
function channelPosts(known, channelId) {
  return (
    [...known.values()]
      // Ephemeral posts are system posts too (type system_ephemeral).
      .filter((post) => post.channel_id === channelId && !post.type?.startsWith('system_'))
      .sort((a, b) => a.create_at - b.create_at)
  );
}
