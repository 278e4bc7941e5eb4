import { h } from '/static/js/dom.js';

/**
 * At-mentions in a post's text, the way Mattermost's AtMention renders them: a mention of the viewer or a
 * channel-wide mention (@here, @channel, @all) inside `span.mention--highlight`, other users as
 * `a.mention-link`; each carries `data-mention="<name>"`. Trailing punctuation ("@here.") is not part of the
 * name. Mentions are found in the rendered message's text, never inside code.
 */
const MENTION = /@[a-z0-9][a-z0-9._-]*/gi;
const CHANNEL_WIDE = new Set(['here', 'channel', 'all']);

export function renderMentions(textElement, me) {
  const walker = document.createTreeWalker(textElement, NodeFilter.SHOW_TEXT, {
    // Code shows its text as typed; an emoji's text is its shortcode.
    acceptNode: (node) =>
      node.parentElement.closest('code, .post-code, .emoticon')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const text of texts) renderMentionsIn(text, me);
}

function renderMentionsIn(text, me) {
  const message = text.data;
  MENTION.lastIndex = 0;
  if (!MENTION.test(message)) return;
  MENTION.lastIndex = 0;
  const nodes = [];
  let at = 0;
  for (const match of message.matchAll(MENTION)) {
    const name = match[0].slice(1).replace(/[._-]+$/, '');
    const end = match.index + 1 + name.length;
    nodes.push(message.slice(at, match.index));
    nodes.push(mention(name, me));
    at = end;
  }
  nodes.push(message.slice(at));
  text.replaceWith(...nodes.map((node) => (typeof node === 'string' ? document.createTextNode(node) : node)));
}

function mention(name, me) {
  const lower = name.toLowerCase();
  if (CHANNEL_WIDE.has(lower) || lower === me?.username?.toLowerCase()) {
    return h('span', { className: 'mention--highlight' }, h('span', { 'data-mention': lower }, `@${name}`));
  }
  return h('a', { className: 'mention-link', href: '#', 'data-mention': lower }, `@${name}`);
}
