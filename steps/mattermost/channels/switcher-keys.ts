import type { Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { expectVisible } from '../../generic/expect';
import { extraScenarioChannel } from '../fixtures';
import { focusSettles } from '../keyboard/focus';
import { CHANNEL } from '../selectors';
import { switcherDialog, typeInSwitcher } from './switcher';

export type ChannelKind = 'public' | 'private';

/** How long a "does not open" line waits for a channel that might still be opening. */
const SETTLE_MS = 3000;

/** A word no other channel of the tester starts with, so that its first letter lists few channels. */
const PREFIX = 'quill';

/**
 * "Type the first letter of a private channel in the "Switch Channels" modal message box": a channel of that kind
 * of the scenario's own (remembered as the channel the next lines mean), whose first letter is typed.
 */
export async function typeFirstLetterOfChannel(world: CasebookWorld, kind: ChannelKind): Promise<void> {
  const page = await world.appPage();
  const channel = await extraScenarioChannel(world, await world.session(), {
    type: kind === 'private' ? 'P' : 'O',
    prefix: PREFIX,
  });
  world.remember('channel', {
    label: channel.display_name,
    id: channel.id,
    details: { name: channel.name, kind, fixture: 'switcher channel' },
  });
  await typeInSwitcher(page, channel.display_name[0].toUpperCase(), world.timeouts.expectMs);
}

/**
 * "Use up/down arrow keys to highlight a private channel": Down or Up pressed until the switcher's selected
 * option (`aria-selected`) is the channel of that kind the scenario made.
 */
export async function highlightWithArrows(world: CasebookWorld, kind: ChannelKind): Promise<void> {
  const page = await world.appPage();
  const name = channelOfKind(world, kind);
  const options = switcherDialog(page).getByRole('option');
  const target = switcherDialog(page).getByTestId(name);
  await expectVisible(target, `the ${kind} channel ${name} in the switcher`, world.timeouts.expectMs);
  const testIds = await options.evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
  const selected = await options.evaluateAll((items) =>
    items.findIndex((item) => item.getAttribute('aria-selected') === 'true'),
  );
  const wanted = testIds.indexOf(name);
  const key = wanted > selected ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(wanted - Math.max(selected, 0)); i++) await page.keyboard.press(key);
  if ((await target.getAttribute('aria-selected')) !== 'true')
    throw new Error(`the arrow keys did not highlight ${name} in the switcher`);
}

/** "Private channel opens, with focus in the message box": the channel highlighted is shown, its box focused. */
export async function expectChannelOpenWithFocus(world: CasebookWorld, kind: ChannelKind): Promise<void> {
  const page = await world.appPage();
  const name = channelOfKind(world, kind);
  await page.waitForURL((url) => url.pathname.endsWith(`/channels/${name}`), {
    timeout: world.timeouts.navigationMs,
  });
  await expectVisible(
    page.locator(CHANNEL.header, { hasText: name }),
    `the ${kind} channel ${name} in the header`,
    world.timeouts.expectMs,
  );
  await expectFocusInMessageBox(world, page);
}

/** The channel of that kind did not open: after a settle, the page shows another one. */
export async function expectChannelNotOpen(world: CasebookWorld, kind: ChannelKind): Promise<void> {
  const page = await world.appPage();
  const name = channelOfKind(world, kind);
  const opened = () => new URL(page.url()).pathname.endsWith(`/channels/${name}`);
  const deadline = Date.now() + SETTLE_MS;
  while (!opened() && Date.now() < deadline) await page.waitForTimeout(100);
  if (opened()) throw new Error(`the ${kind} channel ${name} opened`);
}

async function expectFocusInMessageBox(world: CasebookWorld, page: Page): Promise<void> {
  const box = page.locator(CHANNEL.postTextbox);
  if (!(await focusSettles(box, false, world.timeouts.expectMs)))
    throw new Error('the focus is not in the message box of the channel that opened');
}

function channelOfKind(world: CasebookWorld, kind: ChannelKind): string {
  const channel = world.memory
    .all('channel')
    .reverse()
    .find((item) => item.details?.kind === kind);
  if (!channel?.details?.name)
    throw new Error(`no ${kind} channel was typed in the switcher earlier in this scenario`);
  return channel.details.name;
}
