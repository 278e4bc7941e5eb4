import { keyRanges, mentionKeysOf } from '/static/js/mention-keys.js';

/**
 * Highlights the words that mention the viewer in each post (Mattermost wraps them in
 * `span.mention--highlight`): the username, the first name, other words of Settings > Notifications > Words
 * That Trigger Mentions. At-mentions are the posts area's (mentions.js); this area adds the plain words.
 */
export function install(host) {
  const highlight = (element) => {
    const text = element?.querySelector('.post-message__text');
    const keys = mentionKeysOf(host.session?.user ?? host.state.user).filter(
      (key) => !key.text.startsWith('@'),
    );
    if (text && keys.length) highlightWords(text, keys);
  };
  // After the other listeners of the same post: the posts area rewrites the text when it renders at-mentions.
  host.on('post', ({ element }) => queueMicrotask(() => highlight(element)));
  host.on('websocket', (event) => {
    if (event.event !== 'post_edited') return;
    const id = JSON.parse(event.data.post).id;
    setTimeout(() => {
      for (const element of document.querySelectorAll(`[data-post-id="${id}"]`)) highlight(element);
    });
  });
}

function highlightWords(root, keys) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement.closest('.mention--highlight, a, code, pre')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const ranges = keyRanges(node.data, keys);
    if (!ranges.length) continue;
    const parts = [];
    let at = 0;
    for (const [start, end] of ranges) {
      parts.push(document.createTextNode(node.data.slice(at, start)));
      const word = document.createElement('span');
      word.className = 'mention--highlight';
      word.textContent = node.data.slice(start, end);
      parts.push(word);
      at = end;
    }
    parts.push(document.createTextNode(node.data.slice(at)));
    node.replaceWith(...parts);
  }
}
