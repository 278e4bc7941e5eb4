import type { Readable } from 'node:stream';
import type { Download, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { scenarioChannel } from '../fixtures';
import { FILES } from './draft';
import { type TestFile, testImage } from './test-files';

interface PostedImage {
  file: TestFile;
  postId: string;
}

const images = new WeakMap<CasebookWorld, PostedImage>();
const downloads = new WeakMap<CasebookWorld, { download: Download; of: TestFile }>();

/**
 * "Click the thumbnail of an image attachment": the case presumes an image posted in the channel; as set-up, the
 * current user posts one (over REST, as Client4.uploadFile and createPost do) in the scenario's channel, then the
 * step clicks its thumbnail ("file thumbnail <name>") and waits for the file preview modal.
 */
export async function openImagePreview(world: CasebookWorld, page: Page): Promise<void> {
  const image = images.get(world) ?? (await postImage(world, page));
  images.set(world, image);
  const thumbnail = page
    .locator(`[id="post_${image.postId}"]`)
    .getByLabel(`file thumbnail ${image.file.name.toLowerCase()}`);
  await thumbnail.first().click({ timeout: world.timeouts.expectMs });
  await page.locator(FILES.previewModal).waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
}

async function postImage(world: CasebookWorld, page: Page): Promise<PostedImage> {
  const channel = await scenarioChannel(world, await world.session());
  const file = testImage('casebook-photo.png');
  const context = page.context();
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'MMCSRF')?.value ?? '';
  const headers = { 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrf };
  const uploaded = await context.request.post('/api/v4/files', {
    headers,
    multipart: { channel_id: channel.id, files: file },
  });
  if (!uploaded.ok())
    throw new Error(`uploading ${file.name} answered ${uploaded.status()}: ${await uploaded.text()}`);
  const [info] = ((await uploaded.json()) as { file_infos: { id: string }[] }).file_infos;
  const posted = await context.request.post('/api/v4/posts', {
    headers,
    data: { channel_id: channel.id, message: '', file_ids: [info.id] },
  });
  if (!posted.ok())
    throw new Error(`posting ${file.name} answered ${posted.status()}: ${await posted.text()}`);
  const { id } = (await posted.json()) as { id: string };
  world.remember('post', { label: '', id, details: { files: file.name } });
  world.remember('file', { label: file.name, id: info.id, details: { where: 'post' } });
  return { file, postId: id };
}

/** Clicks the preview's download link (`.icon-download-outline`) and keeps what the browser downloaded. */
export async function downloadFromPreview(world: CasebookWorld, page: Page): Promise<void> {
  const image = images.get(world);
  const modal = page.locator(FILES.previewModal);
  if (!image || !(await modal.isVisible()))
    throw new Error('no file preview is open: open one by clicking a file first');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: world.timeouts.expectMs }),
    modal.locator(FILES.previewDownload).first().click(),
  ]);
  downloads.set(world, { download, of: image.file });
}

/** A problem with what the preview's download link gave, or undefined when it is the image itself. */
export async function downloadedProblem(world: CasebookWorld): Promise<string | undefined> {
  const kept = downloads.get(world);
  if (!kept) return 'nothing was downloaded in this scenario';
  const failure = await kept.download.failure();
  if (failure) return `the download of ${kept.of.name} failed: ${failure}`;
  if (kept.download.suggestedFilename() !== kept.of.name) {
    return `the download is named "${kept.download.suggestedFilename()}", not "${kept.of.name}"`;
  }
  // A browser driven remotely (PW_WS_ENDPOINT) has no local path: the bytes are read through the stream.
  const bytes = await streamBytes(await kept.download.createReadStream());
  if (!bytes.equals(kept.of.buffer))
    return `the downloaded file is not ${kept.of.name} (${bytes.length} bytes)`;
  return undefined;
}

async function streamBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
