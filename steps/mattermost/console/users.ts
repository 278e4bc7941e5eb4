import type { Locator, Page } from 'playwright';
import type { Credentials } from '../../../support/config';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';
import { freshValue } from '../profile';

/**
 * System Console > User Management > Users as the real web app draws it (admin_console/system_users): the
 * "Search users" box, the table `#systemUsersTable` whose cells are `#systemUsersTable-cell-<row>_<column>`, the
 * role button of a row opening the menu `#actionMenu-systemUsersTable-<row>`, and the Reset password modal
 * (`#resetPasswordModal`: "Enter current password" / "Enter new password", Cancel, Reset).
 */
export const USERS = {
  table: '#systemUsersTable',
  row: '[data-testid="listTableBodyRow"]',
  resetPasswordModal: '#resetPasswordModal',
} as const;

/** The row actions cases name, by the words they use (older consoles said "Update password"). */
const ACTIONS: [RegExp, string][] = [
  [/^(?:update|reset|change)\s+(?:the\s+|their\s+)?password$/i, 'Reset password'],
  [/^deactivate$/i, 'Deactivate'],
  [/^(?:revoke|remove)\s+(?:all\s+)?sessions$/i, 'Revoke sessions'],
  [/^activate$/i, 'Activate'],
  [/^manage\s+roles$/i, 'Manage roles'],
];

export function actionNamed(words: string): string {
  const found = ACTIONS.find(([pattern]) => pattern.test(words.trim().replace(/[.!]$/, '')));
  if (!found) {
    throw new Error(
      `"${words}" is no action of the System Console users list (known: Reset password, Revoke sessions, Activate, Deactivate, Manage roles)`,
    );
  }
  return found[1];
}

/** The users list must be on screen: the lines that act on it come after a line that opened it. */
export async function usersList(page: Page, timeoutMs: number): Promise<Locator> {
  const table = page.locator(USERS.table);
  await table.waitFor({ timeout: timeoutMs });
  return table;
}

/** Searches the list for `username` and answers its row (the search matches other users too: the row is exact). */
export async function rowOf(page: Page, username: string, timeoutMs: number): Promise<Locator> {
  const table = await usersList(page, timeoutMs);
  await page.getByPlaceholder('Search users').fill(username);
  const row = table
    .locator(USERS.row)
    .filter({ has: page.getByTestId('userName').getByText(username, { exact: true }) });
  await row.first().waitFor({ timeout: timeoutMs });
  return row.first();
}

/** Opens the row's menu (its role button) and picks the action. */
export async function pickRowAction(row: Locator, action: string, timeoutMs: number): Promise<void> {
  await row.locator('[id^="actionMenuButton-"]').click({ timeout: timeoutMs });
  await row
    .page()
    .getByRole('menu', { name: 'User actions menu' })
    .getByRole('menuitem', { name: action, exact: true })
    .click({ timeout: timeoutMs });
}

const found = new WeakMap<CasebookWorld, Credentials>();

/** "Find own user" in the users list: the row later lines act on ("User drop-down ➜ Revoke Sessions"). */
export async function findUserRow(world: CasebookWorld, page: Page, user: Credentials): Promise<Locator> {
  const row = await rowOf(page, user.username, world.timeouts.actionMs);
  found.set(world, user);
  return row;
}

export function foundUser(world: CasebookWorld): Credentials {
  const user = found.get(world);
  if (!user) throw new Error('no user was found in System Console > Users before this line');
  return user;
}

/**
 * Carries out a row action: the menu item, then what the action needs to be done (Revoke sessions asks for a
 * confirmation the case does not write down: choosing it from the menu is the intent).
 */
export async function doRowAction(world: CasebookWorld, page: Page, user: Credentials, action: string) {
  const row = await rowOf(page, user.username, world.timeouts.actionMs);
  if (action === 'Reset password') startPasswordChange(world, user);
  await pickRowAction(row, action, world.timeouts.actionMs);
  if (action === 'Revoke sessions') await page.locator('#confirmModal #confirmModalButton').click();
}

/** What a scenario did in the Reset password modal: whose password, the one it had, the one typed as new. */
export interface PasswordChange {
  user: Credentials;
  old: string;
  typed?: string;
}

const changes = new WeakMap<CasebookWorld, PasswordChange>();

export function startPasswordChange(world: CasebookWorld, user: Credentials): void {
  changes.set(world, { user, old: user.password });
}

export function passwordChange(world: CasebookWorld): PasswordChange {
  const change = changes.get(world);
  if (!change) throw new Error('no password was being reset in the System Console in this scenario');
  return change;
}

/**
 * Types the current and the new password into the open Reset password modal. A valid new password is fresh; if
 * the scenario saves it, the old one is set back after the scenario (other scenarios log in with it).
 */
export async function typePasswords(
  world: CasebookWorld,
  page: Page,
  current: 'right' | 'wrong',
  next: 'valid' | 'invalid' | 'blank',
): Promise<void> {
  const change = passwordChange(world);
  const modal = page.locator(USERS.resetPasswordModal);
  await modal.waitFor({ timeout: world.timeouts.actionMs });
  const typed = { valid: `${freshValue('Pw')}-9a`, invalid: 'new', blank: '' }[next];
  await modal
    .getByPlaceholder('Enter current password')
    .fill(current === 'right' ? change.old : `wrong${change.old}`);
  await modal.getByPlaceholder('Enter new password').fill(typed);
  change.typed = typed;
  if (next === 'valid') {
    const baseUrl = requireBaseUrl(world.config);
    world.onCleanup(() => restorePassword(baseUrl, { ...change.user, password: typed }, change.old));
  }
}

async function restorePassword(baseUrl: string, changed: Credentials, original: string): Promise<void> {
  try {
    await asUser(baseUrl, changed, async (client) => {
      const me = await client.get<{ id: string }>('/api/v4/users/me');
      await client.send('PUT', `/api/v4/users/${me.id}/password`, {
        current_password: changed.password,
        new_password: original,
      });
    });
  } catch (error) {
    // The new password was never saved (cancelled, refused): nothing to set back.
    if (!/could not log in/.test((error as Error).message)) throw error;
  }
}

/** Whether the server lets `user` log in with `password` (a REST login of its own, as the Cypress spec checks). */
export async function canLogIn(world: CasebookWorld, user: Credentials, password: string): Promise<boolean> {
  try {
    await asUser(requireBaseUrl(world.config), { ...user, password }, async () => undefined);
    return true;
  } catch (error) {
    if (/could not log in/.test((error as Error).message)) return false;
    throw error;
  }
}
