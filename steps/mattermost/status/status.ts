import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { squash } from '../../generic/similarity';
import { CHANNEL } from '../selectors';

/** Mattermost's statuses, how cases name them, the word of the avatar's description and the theme colour. */
export interface StatusWords {
  value: 'online' | 'away' | 'dnd' | 'offline';
  names: RegExp;
  /** `Status is "<described>".` on #userAccountMenuButtonDescribedBy (user_account_menuButton.tsx). */
  described: string;
  /** The colour testers see for it in the default theme (onlineIndicator, awayIndicator, dndIndicator). */
  colour: RegExp;
}

export const STATUSES: StatusWords[] = [
  { value: 'online', names: /^online$/i, described: 'Online', colour: /^green$/i },
  { value: 'away', names: /^away$/i, described: 'Away', colour: /^(?:yellow|orange|amber)$/i },
  {
    value: 'dnd',
    names: /^(?:dnd|do\s+not\s+disturb)$/i,
    described: 'Do not disturb',
    colour: /^red$/i,
  },
  { value: 'offline', names: /^offline$/i, described: 'Offline', colour: /^(?:gr[ae]y|hollow|empty)$/i },
];

export function statusNamed(words: string): StatusWords {
  const found = STATUSES.find((status) => status.names.test(words.trim()));
  if (!found) throw new Error(`"${words}" is not a user status (online, away, do not disturb, offline)`);
  return found;
}

/** The account menu button's status description (Mattermost's #userAccountMenuButtonDescribedBy). */
export function statusDescription(page: Page): Locator {
  return page.locator('#userAccountMenuButtonDescribedBy');
}

/** The status the avatar of the signed-in user shows now, read from its description; undefined when none. */
export async function shownStatus(page: Page): Promise<StatusWords | undefined> {
  const text =
    (await statusDescription(page)
      .textContent({ timeout: 1_000 })
      .catch(() => null)) ?? '';
  const word = /Status is "([^"]+)"/.exec(text)?.[1];
  return STATUSES.find((status) => word && squash(status.described) === squash(word));
}

/** Mattermost marks the body of an ephemeral post `.post--ephemeral`. */
export const EPHEMERAL = '.post--ephemeral';

/** Ephemeral posts of the channel. */
export function ephemeralPosts(page: Page): Locator {
  return page.locator(`:is(${CHANNEL.postList}) ${EPHEMERAL}`);
}

/**
 * Sends a slash command from the message box as a tester does (type, Enter) and waits for its ephemeral
 * answer, which only the sender sees ("You are now away").
 */
export async function sendEphemeralCommand(world: CasebookWorld, page: Page, command: string): Promise<void> {
  const before = await ephemeralPosts(page).count();
  const box = page.locator(CHANNEL.postTextbox);
  await box.fill(command);
  await box.press('Enter');
  try {
    await ephemeralPosts(page).nth(before).waitFor({ state: 'visible', timeout: world.timeouts.expectMs });
  } catch {
    throw new Error(
      `${command} got no ephemeral answer in the channel (waited ${world.timeouts.expectMs / 1000} s)`,
    );
  }
}
