import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { switcherOption, typeInSwitcher } from '../channels/switcher';

/** How much of a username "the first couple characters" is. */
const PREFIX_LENGTH = 3;

/**
 * Types a user into the channel switcher and opens their option: the user a previous line picked ("the username
 * from step 1"), or else the other test user; only the first characters when the line says so, after an "@" when
 * it says so. The user is remembered as the one the next lines mean ("the user", "that user").
 */
export async function pickUserInSwitcher(
  world: CasebookWorld,
  how: { at: boolean; prefixOnly: boolean },
): Promise<void> {
  const page = await world.appPage();
  const username = world.memory.latest('user')?.label ?? world.credentials('other').username;
  const typed = how.prefixOnly ? username.slice(0, PREFIX_LENGTH) : username;
  await typeInSwitcher(page, `${how.at ? '@' : ''}${typed}`, world.timeouts.expectMs);
  const option = switcherOption(page, `@${username}`).first();
  await expectVisible(option, `@${username} among the switcher's results`, world.timeouts.expectMs);
  await option.click();
  world.remember('user', { label: username });
}
