import { Marked } from 'marked';
import EMOJI_NAMES from './emoji-names.js';

/**
 * A post's message rendered the way Mattermost's web app renders it (utils/markdown/renderer.tsx, the
 * CodeBlock and PostEmoji components): GitHub-flavoured markdown with single newlines as line breaks, raw HTML
 * shown as text, no reference-style link definitions ("[test]: test" stays text), and Mattermost's markup:
 * `h1.markdown__heading`, `span.codespan__pre-wrap > code`, `div.post-code` code blocks with their
 * `span.post-code__language`, `div.table-responsive > table.markdown__table`, `a.theme.markdown__link`,
 * `img.markdown-inline-img`, `ul/ol.markdown__list`, and emoji as `span.emoticon[data-testid="postEmoji.:name:"]`
 * (named `:name:` shortcodes Mattermost knows, and its text emoticons such as `:D`).
 */
const markdown = new Marked({
  gfm: true,
  breaks: true,
  tokenizer: {
    // Mattermost's marked has no link reference definitions: the line stays a paragraph.
    def: () => undefined,
  },
  renderer: {
    html: ({ text }) => escapeHtml(text),
    // The newline stays in the text after a line break, so a post's text reads as it was typed.
    br: () => '<br>\n',
  },
});

// Mattermost's language names for the code block header (utils/syntax_highlighting.tsx), for common languages.
const LANGUAGE_NAMES = {
  bash: 'Bash',
  c: 'C',
  cpp: 'C++',
  cs: 'C#',
  css: 'CSS',
  diff: 'Diff',
  go: 'Go',
  java: 'Java',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  markdown: 'Markdown',
  md: 'Markdown',
  php: 'PHP',
  py: 'Python',
  python: 'Python',
  rb: 'Ruby',
  ruby: 'Ruby',
  rust: 'Rust',
  sh: 'Bash',
  sql: 'SQL',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  xml: 'XML',
  html: 'HTML',
  yaml: 'YAML',
  yml: 'YAML',
};

// utils/emoticons.tsx: text emoticons and the emoji they stand for; each must stand alone between spaces.
const EMOTICONS = [
  [/^:-?\)$/, 'slightly_smiling_face'],
  [/^;-?\)$/, 'wink'],
  [/^:o$/i, 'open_mouth'],
  [/^:-o$/i, 'scream'],
  [/^:-?]$/, 'smirk'],
  [/^:-?d$/i, 'smile'],
  [/^x-d$/i, 'stuck_out_tongue_closed_eyes'],
  [/^:-?p$/i, 'stuck_out_tongue'],
  [/^:-?[@]$/, 'rage'],
  [/^:-?\($/, 'slightly_frowning_face'],
  [/^:[`']-?\($/, 'cry'],
  [/^:-?\/$/, 'confused'],
  [/^:-?s$/i, 'confounded'],
  [/^:-?\|$/, 'neutral_face'],
  [/^:-?\$$/, 'flushed'],
  [/^:-x$/i, 'mask'],
  [/^<3$/, 'heart'],
  [/^<\/3$/, 'broken_heart'],
];
const SHORTCODE = /:([a-zA-Z0-9_+-]+):/g;
const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data):/i;

export function renderMarkdown(element, message) {
  element.innerHTML = markdown.parse(message).trim();
  for (const heading of element.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    heading.className = 'markdown__heading';
  for (const list of element.querySelectorAll('ul, ol')) list.classList.add('markdown__list');
  for (const list of element.querySelectorAll('ol[start]')) {
    list.style.counterReset = `list ${Number(list.getAttribute('start')) - 1}`;
  }
  for (const image of element.querySelectorAll('img')) image.className = 'markdown-inline-img';
  for (const table of element.querySelectorAll('table')) wrapTable(table);
  for (const link of element.querySelectorAll('a')) markLink(link);
  for (const code of element.querySelectorAll('pre > code')) replaceCodeBlock(code.parentElement, code);
  for (const code of element.querySelectorAll('code:not(.post-code code)')) wrapCodeSpan(code);
  renderEmoji(element);
}

function wrapTable(table) {
  table.className = 'markdown__table';
  const wrapper = document.createElement('div');
  wrapper.className = 'table-responsive';
  table.replaceWith(wrapper);
  wrapper.append(table);
}

function markLink(link) {
  const href = link.getAttribute('href') ?? '';
  if (UNSAFE_SCHEME.test(href)) {
    link.replaceWith(...link.childNodes);
    return;
  }
  link.className = 'theme markdown__link';
  link.rel = 'noreferrer';
  const external = /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith(window.location.origin);
  if (external) link.target = '_blank';
}

function replaceCodeBlock(pre, code) {
  const language = (code.className.match(/language-(\S+)/)?.[1] ?? '').toLowerCase();
  const block = document.createElement('div');
  block.className = language ? 'post-code' : 'post-code post-code--wrap';
  const overlay = document.createElement('div');
  overlay.className = 'post-code__overlay';
  const name = LANGUAGE_NAMES[language];
  if (name) {
    const header = document.createElement('span');
    header.className = 'post-code__language';
    header.textContent = name;
    overlay.append(header);
  }
  const body = document.createElement('div');
  body.className = 'hljs';
  const text = document.createElement('code');
  text.textContent = code.textContent.replace(/\n$/, '');
  body.append(text);
  block.append(overlay, body);
  pre.replaceWith(block);
}

function wrapCodeSpan(code) {
  const span = document.createElement('span');
  span.className = 'codespan__pre-wrap';
  code.replaceWith(span);
  span.append(code);
}

/** Emoji inside text only: never in code, and never changing a link's target. */
function renderEmoji(element) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement.closest('code, .post-code') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const text of texts) {
    const parts = emojiParts(text.data);
    if (parts.some((part) => typeof part !== 'string')) text.replaceWith(...parts.map(toNode));
  }
}

/** Splits text into plain strings and {name, text} emoji, by spaces first (emoticons stand alone). */
function emojiParts(data) {
  const parts = [];
  for (const piece of data.split(/(\s+)/)) {
    const emoticon = EMOTICONS.find(([pattern]) => pattern.test(piece));
    if (emoticon) {
      parts.push({ name: emoticon[1], text: piece });
      continue;
    }
    let at = 0;
    for (const match of piece.matchAll(SHORTCODE)) {
      if (!EMOJI_NAMES[match[1]]) continue;
      parts.push(piece.slice(at, match.index), { name: match[1], text: match[0] });
      at = match.index + match[0].length;
    }
    parts.push(piece.slice(at));
  }
  return parts.filter((part) => part !== '');
}

function toNode(part) {
  if (typeof part === 'string') return document.createTextNode(part);
  const span = document.createElement('span');
  span.className = 'emoticon';
  span.dataset.testid = `postEmoji.:${part.name}:`;
  span.setAttribute('aria-label', `:${part.name}:`);
  span.title = `:${part.name}:`;
  span.dataset.emoji = String.fromCodePoint(
    ...EMOJI_NAMES[part.name].split('-').map((hex) => Number.parseInt(hex, 16)),
  );
  span.textContent = part.text;
  return span;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
