import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** What a section header paragraph starts with (`**` or `_**`): a cheap test before looking at its tokens. */
export const BOLD_START = /^_?\*\*/;

// html: keeps `<!-- … -->` out of the text and `<script>`-like text literal; no linkify/typographer rewriting.
const markdown = new MarkdownIt({ html: true });

// Only section headers need their emphasis told apart: every other text is rendered with its `*`, `_` and `~`
// markers as written (see inline.ts), which is exactly what an inline parser without the emphasis rules leaves.
// Pairing those delimiters is about a third of the inline parse of the corpus, so other texts skip it.
const plainInline = new MarkdownIt({ html: true }).inline;
plainInline.ruler.disable(['emphasis', 'strikethrough']);
plainInline.ruler2.disable(['balance_pairs', 'emphasis', 'strikethrough']);

// markdown-it's own `inline` core rule, with the parser chosen text by text.
markdown.core.ruler.at('inline', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    const emphasis = BOLD_START.test(token.content);
    (emphasis ? markdown.inline : plainInline).parse(
      token.content,
      markdown,
      state.env,
      token.children as Token[],
    );
  }
});

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
  (emphasis ? markdown.inline : plainInline).parse(text, markdown, {}, children);
  return children;
}
