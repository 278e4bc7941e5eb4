import type { Locator, Page } from 'playwright';
import { expectVisible } from '../../generic/expect';

/**
 * The new channel modal (Mattermost's `new_channel_modal`, PW lib `new_channel_modal.ts`): the sidebar "+"
 * (`#addChannelsCta`) and its "Create new channel" item (`#showNewChannel-button`) open a dialog "Create a new
 * channel" with the name `#input_new-channel-modal-name`, Public / Private selectors and "Create channel".
 */
export const NEW_CHANNEL = {
  addButton: '#addChannelsCta',
  createItem: '#showNewChannel-button',
  nameInput: '#input_new-channel-modal-name',
  purposeInput: '#new-channel-modal-purpose',
  title: 'Create a new channel',
};

export function newChannelModal(page: Page): Locator {
  return page.getByRole('dialog', { name: NEW_CHANNEL.title });
}

export async function openNewChannelModal(page: Page, timeoutMs: number): Promise<Locator> {
  const modal = newChannelModal(page);
  if (await modal.isVisible()) return modal;
  const add = page.locator(NEW_CHANNEL.addButton);
  await expectVisible(add, 'the "+" beside the channels of the sidebar', timeoutMs);
  await add.click();
  await page.locator(NEW_CHANNEL.createItem).click();
  await expectVisible(modal, 'the "Create a new channel" modal', timeoutMs);
  return modal;
}
