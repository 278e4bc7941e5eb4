import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** What a section header paragraph starts with (`**` or `_**`): a cheap test before looking at its tokens. */
export const BOLD_START = /^_?\*\*/;

// html: keeps `<!-- … -->` out of the text and `<script>`-like text literal; no linkify/typographer rewriting.
const markdown = new MarkdownIt({ html: true });
// Core rules whose work casebook does not use: text_join merges neighbouring text tokens, which the renderer
// (inline.ts) concatenates anyway; the other three are off by option but still walk the tokens to find out.
// Without them the corpus's bodies parse about 5% faster, into the same features.
markdown.core.ruler.disable(['text_join', 'linkify', 'replacements', 'smartquotes']);

// Only section headers need their emphasis told apart: every other text is rendered with its `*`, `_` and `~`
// markers as written (see inline.ts), which is exactly what an inline parser without the emphasis rules leaves.
// Pairing those delimiters is about a third of the inline parse of the corpus, so other texts skip it.
const plainInline = new MarkdownIt({ html: true }).inline;
plainInline.ruler.disable(['emphasis', 'strikethrough']);
plainInline.ruler2.disable(['balance_pairs', 'emphasis', 'strikethrough']);

// markdown-it's own `normalize` core rule, only where it changes something: it rewrote every text whole, each
// `\n` replaced by itself, when a case reaches it with `\r` gone already (see parse.ts) and hardly ever a NUL.
const NEEDS_NORMALIZING = /[\r\0]/;
markdown.core.ruler.at('normalize', (state) => {
  if (NEEDS_NORMALIZING.test(state.src)) {
    state.src = state.src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  }
});

// markdown-it's own `inline` core rule, with the parser chosen text by text.
markdown.core.ruler.at('inline', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    const emphasis = BOLD_START.test(token.content);
    inlineTokens(token.content, { emphasis, env: state.env, into: token.children as Token[] });
  }
});

// None of these in a text, and the plain parser has nothing to do: no escape, code span, link, image, autolink,
// raw HTML, entity nor line break can start. Its result is then one text token; about half the corpus's texts
// are such plain sentences, and skipping the parser for them saves a fifth of the inline parse.
const INLINE_SYNTAX = /[\n\\`[!<&]/;

// Section headers repeat from case to case (`**Step 1**`, `**Expected**`), and their emphasis is the dearest
// inline parse there is (markdown-it tests each delimiter's neighbours against Unicode punctuation tables): a
// header-sized text is parsed once and its tokens copied after that. Bounded, as other bold texts go through too.
// Not a text with `[`: a link label's meaning depends on the reference definitions of its own document.
const HEADER_SIZED = 80;
const NOT_MEMOIZED = /[\n[]/;
const MEMO_LIMIT = 2_000;
const memo = new Map<string, Token[]>();

function inlineTokens(
  text: string,
  { emphasis, env, into }: { emphasis: boolean; env: object; into: Token[] },
) {
  if (!emphasis) {
    if (INLINE_SYNTAX.test(text)) plainInline.parse(text, markdown, env, into);
    else if (text !== '') into.push(textToken(text)); // what markdown-it gives: one text token, none if empty
    return;
  }
  if (text.length > HEADER_SIZED || NOT_MEMOIZED.test(text)) {
    markdown.inline.parse(text, markdown, env, into);
    return;
  }
  let parsed = memo.get(text);
  if (!parsed) {
    parsed = [];
    markdown.inline.parse(text, markdown, env, parsed);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, parsed);
  }
  for (const token of parsed) into.push(copyOf(token));
}

function textToken(text: string): Token {
  const token = new TokenClass('text', '', 0);
  token.content = text;
  return token;
}

const TokenClass = markdown.core.State.prototype.Token;

/** A deep copy, field by field: `Object.assign` onto a new token took most of the time the memo saved. */
function copyOf(token: Token): Token {
  const copy = new TokenClass(token.type, token.tag, token.nesting);
  copy.attrs = token.attrs && token.attrs.map(([name, value]) => [name, value]);
  copy.map = token.map && [token.map[0], token.map[1]];
  copy.level = token.level;
  copy.children = token.children && token.children.map(copyOf);
  copy.content = token.content;
  copy.markup = token.markup;
  copy.info = token.info;
  copy.meta = token.meta;
  copy.block = token.block;
  copy.hidden = token.hidden;
  return copy;
}

/**
 * The markdown-it tokens of a case body (GFM tables, raw HTML kept apart). Emphasis is parsed only in texts that
 * start like a section header; elsewhere its markers stay plain text.
 */
export function parseMarkdown(body: string): Token[] {
  return markdown.parse(body, {});
}

/** One text's inline tokens as `parseMarkdown` gives them, with or without its emphasis told apart. */
export function parseInline(text: string, { emphasis }: { emphasis: boolean }): Token[] {
  const children: Token[] = [];
  inlineTokens(text, { emphasis, env: {}, into: children });
  return children;
}
