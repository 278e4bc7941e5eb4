import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Channel } from '@mattermost/types/channels';
import { sandboxInBrowser } from '../../../testing/browser';
import { ACCOUNTS, loggedInClient } from '../../../testing/fixtures';
import { tinyPng } from '../../../testing/images';

// Attaching files in Chromium: the draft strip, the empty-file warning, the post's attachment, the preview
// modal and its download link.
describe('files and attachments in Chromium', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ statusIntervalMs: 60_000 });

  async function freshChannel(name: string): Promise<{ channel: Channel; teamName: string }> {
    const client = await loggedInClient(web.url, ACCOUNTS.user1);
    const [team] = await client.getMyTeams();
    const channel = await client.createChannel({
      team_id: team.id,
      name,
      display_name: name,
      type: 'O',
    } as Channel);
    return { channel, teamName: team.name };
  }

  it('attaches files to the draft, warns of an empty one, and posts them without text', async () => {
    const { teamName } = await freshChannel('files-draft');
    const page = await web.logIn(ACCOUNTS.user1);
    await page.goto(`${web.url}/${teamName}/channels/files-draft`);
    await page.locator('#post_textbox').waitFor();
    await page
      .locator('#fileUploadInput')
      .setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.getByText('You are uploading an empty file: empty.txt').waitFor();
    await page
      .locator('#fileUploadInput')
      .setInputFiles({ name: 'my photo.png', mimeType: 'image/png', buffer: tinyPng(20, 10) });
    const strip = page.locator('.file-preview__container');
    await strip
      .locator('.file-preview', { hasText: 'my photo.png' })
      .locator('.post-image__type', { hasText: 'PNG' })
      .waitFor();
    assert.equal(await strip.locator('.file-preview').count(), 2);
    await page.locator('#post_textbox').press('Enter');
    const list = page.locator('[data-testid="postView"]').last().getByTestId('fileAttachmentList');
    await list.getByLabel('file thumbnail my photo.png').waitFor();
    assert.deepEqual(await list.locator('.post-image__name').allTextContents(), [
      'empty.txt',
      'my photo.png',
    ]);
    assert.equal(await strip.isHidden(), true);
  });

  it('opens the preview of a posted image, and its Download link downloads the image', async () => {
    const { channel, teamName } = await freshChannel('files-preview');
    const client = await loggedInClient(web.url, ACCOUNTS.user1);
    const png = tinyPng(30, 30);
    const form = new FormData();
    form.append('channel_id', channel.id);
    form.append('files', new File([new Uint8Array(png)], 'Chart.png'));
    const [info] = (await client.uploadFile(form)).file_infos;
    await client.createPost({ channel_id: channel.id, message: 'see chart', file_ids: [info.id] } as never);
    const page = await web.logIn(ACCOUNTS.user2);
    await page.goto(`${web.url}/${teamName}/channels/files-preview`);
    await page.getByLabel('file thumbnail chart.png').click();
    const modal = page.locator('.file-preview-modal');
    await modal.locator('.file-preview-modal__content img').waitFor();
    assert.equal(await modal.locator('.file-preview-modal__file-name').textContent(), 'Chart.png');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      modal.locator('a:has(.icon-download-outline)').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'Chart.png');
    assert.deepEqual(await readFile((await download.path()) as string), png);
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
  });
});
