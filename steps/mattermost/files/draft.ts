import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { CHANNEL } from '../selectors';
import type { TestFile } from './test-files';

/**
 * Files attached to the message being written, in the web app's own way: `#fileUploadInput` (the input the
 * paperclip `#fileUploadButton` opens) gets the file, and the step waits until the draft's preview strip shows it
 * uploaded (its size is shown once the upload finished).
 */
export const FILES = {
  input: '#fileUploadInput',
  draftStrip: '.file-preview__container',
  draftItem: '.file-preview',
  attachmentList: '[data-testid="fileAttachmentList"]',
  previewModal: '.file-preview-modal',
  previewDownload: 'a:has(.icon-download-outline)',
  postError: '#postError, .post-error, #postCreateFooter .has-error',
};

const drafts = new WeakMap<CasebookWorld, TestFile[]>();

/** The files attached to the draft since it was last sent. */
export function draftFiles(world: CasebookWorld): TestFile[] {
  const list = drafts.get(world) ?? [];
  drafts.set(world, list);
  return list;
}

export async function attachToDraft(world: CasebookWorld, page: Page, file: TestFile): Promise<void> {
  await page.locator(FILES.input).setInputFiles(file);
  const uploaded = page
    .locator(FILES.draftStrip)
    .locator(FILES.draftItem)
    .filter({ has: page.locator('.post-image__name', { hasText: file.name }) })
    .locator('.post-image__size');
  try {
    await uploaded.first().waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
  } catch {
    throw new Error(`"${file.name}" was not shown uploaded in the message draft${await pageSays(page)}`);
  }
  draftFiles(world).push(file);
  world.remember('file', { label: file.name, details: { where: 'draft' } });
}

/**
 * Sends the draft as a tester does (Enter in the message box) and waits for the new post, remembered as "the
 * message" with the files it took.
 */
export async function postDraft(world: CasebookWorld, page: Page): Promise<string> {
  const posts = page.locator(`:is(${CHANNEL.postList}) [data-testid="postView"]`);
  const before = await posts.count();
  const files = draftFiles(world).splice(0);
  const box = page.locator(CHANNEL.postTextbox);
  const text = await box.inputValue();
  if (!text.trim() && files.length === 0) {
    throw new Error('the message box is empty and no file is attached: there is no message to post');
  }
  await box.press('Enter');
  try {
    await posts.nth(before).waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
  } catch {
    throw new Error(`no new post appeared after pressing Enter${await pageSays(page)}`);
  }
  const id = ((await posts.last().getAttribute('id')) ?? '').replace(/^post_/, '');
  world.remember('post', { label: text, id, details: { files: files.map((file) => file.name).join('\n') } });
  return id;
}

/** What the newest post shows of the message remembered last: a problem, or undefined when it posted whole. */
export async function postedProblem(world: CasebookWorld, page: Page): Promise<string | undefined> {
  const posted = world.memory.latest('post');
  if (!posted?.id) return 'no message was posted in this scenario';
  const posts = page.locator(`:is(${CHANNEL.postList}) [data-testid="postView"]`);
  const element = page.locator(`[id="post_${posted.id}"]`);
  if (!(await element.isVisible())) return `the posted message (post_${posted.id}) is not in the channel`;
  if ((await posts.last().getAttribute('id')) !== `post_${posted.id}`) {
    return 'the posted message is not the newest post of the channel';
  }
  const text = posted.label.trim();
  if (text && !((await element.textContent()) ?? '').includes(text))
    return `the post does not read "${text}"`;
  for (const name of (posted.details?.files ?? '').split('\n').filter(Boolean)) {
    const shown = element.locator(FILES.attachmentList).getByText(name, { exact: true });
    try {
      await shown.first().waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
    } catch {
      return `the post does not show its attached file "${name}"`;
    }
  }
  return undefined;
}

/** "; the page says: <the error under the message box>", or nothing when it shows none. */
async function pageSays(page: Page): Promise<string> {
  const error = await page
    .locator(FILES.postError)
    .first()
    .textContent()
    .catch(() => null);
  return error ? `; the page says: ${error}` : '';
}
