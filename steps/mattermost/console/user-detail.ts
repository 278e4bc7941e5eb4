import type { Locator, Page } from 'playwright';
import { expect } from 'playwright/test';
import type { Credentials } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { registerState, registerThing } from '../../generic/assert';
import { rowOf, usersList } from './users';

/**
 * System Console > Users > a user ("User Configuration", system_user_detail): the page `.SystemUserDetail`, its
 * card `.AdminUserCard` whose header holds the profile image `.Avatar` (PW lib `user_detail.ts`).
 */
export const USER_DETAIL = {
  page: '.SystemUserDetail',
  profileImage: '.SystemUserDetail .AdminUserCard__header .Avatar',
} as const;

const USERS_URL = '/admin_console/user_management/users';

/** Opens the user's detail page from the users list (the list is opened first when another page is on screen). */
export async function openUserDetail(world: CasebookWorld, page: Page, user: Credentials): Promise<void> {
  const timeout = world.timeouts.navigationMs;
  if (!new URL(page.url()).pathname.startsWith(USERS_URL)) await page.goto(USERS_URL);
  await usersList(page, timeout);
  const row = await rowOf(page, user.username, timeout);
  await row.getByTestId('usernameColumn').click();
  const detail = page.locator(USER_DETAIL.page);
  await detail.getByText('User Configuration', { exact: true }).waitFor({ timeout });
  // The card shows this user (its Username field), not a page still loading or another user's.
  await expect(detail.locator('.AdminUserCard__body input').first()).toHaveValue(user.username, { timeout });
}

registerThing({
  names: [
    'user profile image',
    'profile image on user configuration page',
    'user configuration profile image',
  ],
  locate: (scope) => scope.locator(USER_DETAIL.profileImage),
});

/** Whether an element is drawn as a circle: a loaded, square box whose corner radius is at least half its side. */
async function roundness(target: Locator): Promise<{ holds: boolean; actual: string }> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const radius = style.borderTopLeftRadius;
    const px = radius.endsWith('%')
      ? (Number.parseFloat(radius) / 100) * box.width
      : Number.parseFloat(radius);
    const loaded = !(element instanceof HTMLImageElement) || (element.complete && element.naturalWidth > 0);
    const square = box.width > 0 && Math.abs(box.width - box.height) < 1;
    const corners = [style.borderTopRightRadius, style.borderBottomLeftRadius, style.borderBottomRightRadius];
    const even = corners.every((corner) => corner === radius);
    const holds = loaded && square && even && px >= box.width / 2 - 0.5;
    return {
      holds,
      actual: `${Math.round(box.width)}×${Math.round(box.height)} px, border-radius ${radius}${loaded ? '' : ', image not loaded'}`,
    };
  });
}

registerState({ names: ['round', 'circular'], opposites: ['square'], check: roundness });
