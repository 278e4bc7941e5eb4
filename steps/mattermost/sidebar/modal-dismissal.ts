import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';

/** The modal on top (Mattermost's GenericModal and react-bootstrap modals are `role=dialog`). */
export function topModal(page: Page): Locator {
  return page.locator('dialog[open], [role="dialog"]').filter({ visible: true }).last();
}

export type NameEdit = 'edit' | 'enter' | 'blank' | undefined;
export type Dismissal = 'cancel' | 'x' | 'outside' | 'confirm';

/** "Edit the name", "Enter some text", "Leave name blank": what goes into the modal's name field first. */
export async function editName(modal: Locator, edit: NameEdit, timeoutMs: number): Promise<void> {
  if (!edit) return;
  const field = modal.getByRole('textbox').first();
  const current = await field.inputValue({ timeout: timeoutMs });
  const value = edit === 'blank' ? '' : edit === 'edit' ? `${current.slice(0, 14)} edited` : 'Some text';
  await field.fill(value, { timeout: timeoutMs });
}

/**
 * Leaves the modal the way the line says: its Cancel button, its "Close" × (`aria-label="Close"` in Mattermost's
 * modals), a click on the backdrop outside it (the page's top-left corner, where no modal sits), or the named
 * confirm button ("Rename", "Create").
 */
export async function leaveModal(
  page: Page,
  modal: Locator,
  how: Dismissal,
  confirmLabel: string | undefined,
  timeoutMs: number,
): Promise<void> {
  await modal.waitFor({ state: 'visible', timeout: timeoutMs });
  if (how === 'cancel')
    await modal.getByRole('button', { name: 'Cancel', exact: true }).click({ timeout: timeoutMs });
  else if (how === 'x')
    await modal.getByRole('button', { name: 'Close', exact: true }).click({ timeout: timeoutMs });
  else if (how === 'confirm')
    await modal.getByRole('button', { name: confirmLabel ?? '', exact: true }).click({ timeout: timeoutMs });
  else {
    const box = await modal.boundingBox();
    if (box && box.x < 8 && box.y < 8)
      throw new Error('the modal covers the whole page: there is no outside to click');
    await page.mouse.click(4, 4);
  }
}

type Reopen = (world: CasebookWorld, page: Page) => Promise<void>;

const reopeners = new Map<string, Reopen>();
const lastClosed = new WeakMap<CasebookWorld, string>();

/**
 * How a modal is opened again: cases list dismissals one after another ("Click on Cancel", then "Click on X to
 * close the modal", then "Click outside of the modal"), each on the modal the case opened at its start, without
 * repeating how they opened it.
 */
export function registerReopener(title: string, reopen: Reopen): void {
  reopeners.set(title, reopen);
}

/** Notes a modal a step saw open, so that later dismissals can open it again. */
export function noteModal(world: CasebookWorld, title: string): void {
  lastClosed.set(world, title);
}

/** The modal on top, opened again the way the last one closed was when none is open. */
export async function modalToLeave(world: CasebookWorld, page: Page, timeoutMs: number): Promise<Locator> {
  const modal = topModal(page);
  const closed = lastClosed.get(world);
  const reopen = closed ? reopeners.get(closed) : undefined;
  if (reopen && !(await modal.isVisible())) await reopen(world, page);
  await modal.waitFor({ state: 'visible', timeout: timeoutMs });
  lastClosed.set(world, ((await modal.locator('.modal-title').first().textContent()) ?? '').trim());
  return modal;
}
