// Mattermost's hashtags: a letter first, then letters, digits, `_`, `.` or `-`, not ending in punctuation.
const HASHTAG = /(?<![\p{L}\p{N}_#])#\p{L}(?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;

/**
 * Turns the #hashtags of a rendered message into links, as Mattermost renders them (`a.mention-link` with
 * `data-hashtag`); a click on one searches for it (see index.js).
 */
export function linkHashtags(container) {
  if (!container) return;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('a, code, pre') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
  for (const node of texts) replaceHashtags(node);
}

function replaceHashtags(node) {
  const text = node.textContent;
  const matches = [...text.matchAll(HASHTAG)];
  if (matches.length === 0) return;
  const parts = [];
  let last = 0;
  for (const match of matches) {
    if (match.index > last) parts.push(document.createTextNode(text.slice(last, match.index)));
    const link = document.createElement('a');
    link.className = 'mention-link';
    link.href = '#';
    link.dataset.hashtag = match[0];
    link.textContent = match[0];
    parts.push(link);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
  node.replaceWith(...parts);
}
