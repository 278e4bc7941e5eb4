import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('post markdown and slash commands in the channel view', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();
  let page: Page;
  const errors: string[] = [];

  /** Sends `text` from the center box and returns the newest post's message element. */
  async function send(text: string) {
    const before = await page.locator('[data-testid="postView"]').count();
    await page.locator('#post_textbox').fill(text);
    await page.locator('#post_textbox').press('Enter');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="postView"]').length > count,
      before,
    );
    return page.locator('[data-testid="postView"] .post-message__text').last();
  }

  before(async () => {
    page = await (await web.browser.newContext()).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await logInThroughUi(page, web.url, ACCOUNTS.user1, '/login?redirect_to=/casebook/channels/off-topic');
  });

  it('renders emphasis, headings, inline code, lists, quotes, tables and links with Mattermost markup', async () => {
    const text = await send(
      '# Big\n**bold** *it* ~~gone~~ `x<y`\n\n- one\n- two\n\n> quoted\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[site](https://mattermost.com)',
    );
    assert.equal(await text.locator('h1.markdown__heading').textContent(), 'Big');
    assert.equal(await text.locator('strong').textContent(), 'bold');
    assert.equal(await text.locator('em').textContent(), 'it');
    assert.equal(await text.locator('del').textContent(), 'gone');
    assert.equal(await text.locator('span.codespan__pre-wrap > code').textContent(), 'x<y');
    assert.deepEqual(await text.locator('ul.markdown__list > li').allTextContents(), ['one', 'two']);
    assert.equal((await text.locator('blockquote').textContent())?.trim(), 'quoted');
    assert.deepEqual(await text.locator('.table-responsive table.markdown__table td').allTextContents(), [
      '1',
      '2',
    ]);
    const link = text.locator('a.markdown__link');
    assert.equal(await link.getAttribute('href'), 'https://mattermost.com');
    assert.equal(await link.getAttribute('target'), '_blank');
  });

  it('renders fenced and indented code blocks as post-code, with the language named, and no emoji inside', async () => {
    const fenced = await send('```js\nconst a = 1;\n```');
    assert.equal(await fenced.locator('.post-code .post-code__language').textContent(), 'JavaScript');
    assert.equal(await fenced.locator('.post-code .hljs code').textContent(), 'const a = 1;');
    const indented = await send('    :taco:');
    assert.equal(await indented.locator('.post-code.post-code--wrap code').textContent(), ':taco:');
    assert.equal(await indented.locator('.emoticon').count(), 0);
  });

  it('renders known emoji names and emoticons as emoticon spans, unknown names and raw HTML as text', async () => {
    const text = await send(':smile: :D :notanemoji: <b>raw</b> [test]: test');
    assert.deepEqual(
      await text.locator('span.emoticon').evaluateAll((all) => all.map((e) => e.dataset.testid)),
      ['postEmoji.:smile:', 'postEmoji.:smile:'],
    );
    assert.equal(await text.locator('b').count(), 0);
    assert.match((await text.textContent()) ?? '', /:notanemoji: <b>raw<\/b> \[test\]: test/);
  });

  it('runs /me and /shrug as posts, and answers an unknown command with a send-as-message error', async () => {
    const me = await send('/me waves');
    assert.equal(await me.locator('em').textContent(), 'waves');
    assert.ok(
      await page
        .locator('[data-testid="postView"]')
        .last()
        .evaluate((e) => e.classList.contains('post--system')),
    );
    const shrug = await send('/shrug ok');
    assert.equal(await shrug.textContent(), 'ok ¯\\_(ツ)_/¯');
    await page.locator('#post_textbox').fill('/notacommand');
    await page.locator('#post_textbox').press('Enter');
    const error = page.locator('#postError');
    await error.getByText("Command with a trigger of '/notacommand' not found.").waitFor();
    assert.equal(await page.locator('#post_textbox').inputValue(), '/notacommand');
    await error.getByRole('link', { name: 'Click here to send as a message.' }).click();
    await page.locator('[data-testid="postView"] .post-message__text', { hasText: '/notacommand' }).waitFor();
    assert.equal(await error.isVisible(), false);
  });

  it('shows an ephemeral answer only visible to the caller, and runs /me typed in the RHS in its thread', async () => {
    await page.locator('#post_textbox').fill('/echo x 10001');
    await page.locator('#post_textbox').press('Enter');
    const answer = page.locator('.post--ephemeral').last();
    await answer.waitFor();
    assert.equal(
      await answer.locator('.post-message__text').textContent(),
      'Delays must be under 10000 seconds.',
    );
    assert.equal(await answer.locator('.post__visibility').textContent(), '(Only visible to you)');
    const root = page.locator('[data-testid="postView"].post--root:not(.post--system)').last();
    await root.hover();
    await root.locator('.post-menu__comment').click();
    await page.locator('#reply_textbox').fill('/me nods');
    await page.locator('#reply_textbox').press('Enter');
    await page.locator('#sidebar-right .post-message__text em', { hasText: 'nods' }).waitFor();
    assert.deepEqual(errors, []);
  });
});
