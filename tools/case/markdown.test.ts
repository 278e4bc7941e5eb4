import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import { renderInlineLines } from './inline';
import { parseInline, parseMarkdown } from './markdown';

const CORPUS = path.resolve(__dirname, '../../..', 'shared/corpus/mattermost-test-management');

/** How a text renders when its emphasis is told apart, and when its markers are left as plain text. */
function bothRenderings(text: string) {
  const [withEmphasis, plain] = [true, false].map((emphasis) =>
    renderInlineLines(parseInline(text, { emphasis })),
  );
  return { withEmphasis, plain };
}

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
    if (!fs.existsSync(CORPUS)) return context.skip(`no corpus at ${CORPUS}`);
    const files = fs
      .readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'));
    let texts = 0;
    for (const file of files) {
      const body = matter(fs.readFileSync(path.join(CORPUS, file), 'utf8'), {}).content;
      for (const token of parseMarkdown(body)) {
        if (token.type !== 'inline') continue;
        const { withEmphasis, plain } = bothRenderings(token.content);
        assert.deepEqual(plain, withEmphasis, `${file}: ${JSON.stringify(token.content)}`);
        texts++;
      }
    }
    assert.ok(texts > 30_000, `only ${texts} texts read from the corpus`);
  });
});
