import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { CHANNEL } from '../selectors';
import { RHS } from './selectors';

/** Which message box a line names: the RHS reply box ("RHS text box", "reply box", "comment box") or the center one. */
export function messageBoxNamed(page: Page, phrase: string | null | undefined): Locator {
  return /\b(?:rhs|reply|comment|thread)\b/i.test(phrase ?? '')
    ? page.locator(RHS.replyBox)
    : page.locator(CHANNEL.postTextbox);
}

let typed = 0;

/**
 * Types a message into the box without sending it, key by key as a person does (so that the app's key handlers
 * run), and remembers it as the draft of this scenario.
 */
export async function typeWithoutSending(world: CasebookWorld, box: Locator, what: string): Promise<string> {
  await expectVisible(box, `the ${what}`, world.timeouts.expectMs);
  const text = `casebook draft ${++typed}`;
  await box.click();
  await box.pressSequentially(text);
  world.remember('draft', { label: text });
  return text;
}

/** Types more text wherever the focus is now (what "Start typing again" does after a click elsewhere). */
export async function typeAtFocus(world: CasebookWorld): Promise<string> {
  const page = await world.appPage();
  const text = ` casebook keys ${++typed}`;
  await page.keyboard.type(text);
  world.remember('typed', { label: text });
  return text;
}
