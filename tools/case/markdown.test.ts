import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import { corpusDir, missingCorpusMessage } from '../corpus';
import { renderInlineLines } from './inline';
import { parseInline, parseMarkdown } from './markdown';

const CORPUS = corpusDir();

/** How a text renders when its emphasis is told apart, and when its markers are left as plain text. */
function bothRenderings(text: string) {
  const [withEmphasis, plain] = [true, false].map((emphasis) =>
    renderInlineLines(parseInline(text, { emphasis })),
  );
  return { withEmphasis, plain };
}

function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const file of fs.readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    const body = matter(fs.readFileSync(path.join(CORPUS, file), 'utf8'), {}).content;
    for (const token of parseMarkdown(body)) if (token.type === 'inline') texts.push(token.content);
  }
  return texts;
}

// markdown-it's own inline parsers, as markdown.ts configures them, without its shortcuts.
const withEmphasis = new MarkdownIt({ html: true });
const withoutEmphasis = new MarkdownIt({ html: true });
withoutEmphasis.inline.ruler.disable(['emphasis', 'strikethrough']);
withoutEmphasis.inline.ruler2.disable(['balance_pairs', 'emphasis', 'strikethrough']);

function referenceTokens(text: string, emphasis: boolean) {
  const parser = emphasis ? withEmphasis : withoutEmphasis;
  const children: MarkdownIt.Token[] = [];
  parser.inline.parse(text, parser, {}, children);
  return children;
}

describe('parseInline: the tokens of markdown-it, with its work skipped where it has none', () => {
  const shapes = [
    'Click Save, then close: plain text (no syntax) - *a* _b_ ~c~ #d @e |f|',
    '',
    '**Step 1**',
    '_**Step 1.2**_',
    '**Step 2 from MM-T123: Log in**',
    '**Expected**',
    'A `code span`, a [link](https://example.com), ![an image](pic.png) & <b>html</b>, an escaped \\* and a\nbreak',
    // Each character that lets an inline construct start, alone in its text.
    'Tom &amp; Jerry &copy;',
    'an escaped 1\\. number',
    'a `code` span',
    'a [label] and a ![label]',
    'an <https://example.com> autolink',
    'a soft\nbreak',
  ];
  for (const shape of shapes) {
    for (const emphasis of [true, false]) {
      it(`gives markdown-it's tokens for ${JSON.stringify(shape)}, emphasis ${emphasis}`, () => {
        assert.deepEqual(parseInline(shape, { emphasis }), referenceTokens(shape, emphasis));
      });
    }
  }

  it('hands out copies of a repeated header: changing one leaves the next parse alone', () => {
    const first = parseInline('**Expected**', { emphasis: true });
    first[1].type = 'changed';
    first.push(first[0]);
    assert.deepEqual(parseInline('**Expected**', { emphasis: true }), referenceTokens('**Expected**', true));
  });

  it('reads a bold link label with the reference definitions of its own document', () => {
    const links = [
      '[MM-T1]: https://a.example\n\n**[MM-T1]**',
      '[MM-T1]: https://b.example\n\n**[MM-T1]**',
    ].map((body) =>
      parseMarkdown(body)
        .find((token) => token.type === 'inline')
        ?.children?.find((child) => child.type === 'link_open')
        ?.attrGet('href'),
    );
    assert.deepEqual(links, ['https://a.example', 'https://b.example']);
  });

  it("gives markdown-it's tokens for every text of the corpus", (context) => {
    if (!fs.existsSync(CORPUS)) return context.skip(missingCorpusMessage(CORPUS));
    const texts = corpusTexts();
    for (const text of texts) {
      const emphasis = /^_?\*\*/.test(text);
      assert.deepEqual(
        parseInline(text, { emphasis }),
        referenceTokens(text, emphasis),
        JSON.stringify(text),
      );
    }
    assert.ok(texts.length > 30_000, `only ${texts.length} texts read from the corpus`);
  });
});

describe('parseMarkdown: line breaks and NULs normalized as markdown-it does', () => {
  const blocks = (tokens: MarkdownIt.Token[]) =>
    tokens.map(({ type, content, map }) => ({ type, content, map }));
  for (const body of ['one\r\ntwo\r\n\r\n- three\rfour\n', 'nul\0here\n\n**Step 1**\n', 'plain\nlines\n']) {
    it(`gives markdown-it's block tokens for ${JSON.stringify(body)}`, () => {
      assert.deepEqual(blocks(parseMarkdown(body)), blocks(withEmphasis.parse(body, {})));
    });
  }
});

describe('parseMarkdown: emphasis only where a header may be', () => {
  it('tells the emphasis of header-like texts apart and leaves other markers as text', () => {
    const tokens = parseMarkdown('**Step 1**\n\nClick *Save* and **Close**\n');
    const [header, action] = tokens.filter((token) => token.type === 'inline');
    assert.deepEqual(
      header.children?.map((child) => child.type),
      ['text', 'strong_open', 'text', 'strong_close', 'text'],
    );
    assert.ok(action.children?.every((child) => child.type === 'text'));
  });

  const shapes = [
    'Click **Save**, then *Close* and _Cancel_ or __Done__',
    '***both*** ~~gone~~ ~single~ a_snake_case_name 2*3*4',
    '**[a link](https://example.com)** and *![an *image*](pic.png)*',
    '[*emphasis* in a **label**](https://example.com/a_b_c) then `code *not* emphasis`',
    '\\*escaped\\* &amp; *unclosed and **also',
    '<b>*html*</b> <!-- *comment* --> <https://example.com/*x*>',
    '**two\nlines** *a\\\nb* trailing  \nhard break',
  ];
  for (const shape of shapes) {
    it(`renders alike with and without the emphasis rules: ${JSON.stringify(shape)}`, () => {
      const { withEmphasis, plain } = bothRenderings(shape);
      assert.deepEqual(plain, withEmphasis);
    });
  }

  it('renders every text of the corpus alike with and without the emphasis rules', (context) => {
    if (!fs.existsSync(CORPUS)) return context.skip(missingCorpusMessage(CORPUS));
    const texts = corpusTexts();
    for (const text of texts) {
      const { withEmphasis, plain } = bothRenderings(text);
      assert.deepEqual(plain, withEmphasis, JSON.stringify(text));
    }
    assert.ok(texts.length > 30_000, `only ${texts.length} texts read from the corpus`);
  });
});
