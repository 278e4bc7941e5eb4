import { CATEGORIES } from '../../../sandbox/server/areas/console/definition';
import type { CasebookWorld } from '../../../support/world';
import { definePathRoute } from '../../generic/routes';
import { asAdmin } from './changes';
import { CONSOLE, waitForSection } from './page';
import { sectionNamed } from './table';
import { findUserRow } from './users';

const MENU_OPENER =
  /^(?:☰\s*)?(?:the\s+)?(?:hamburger(?:\s+main)?(?:\s+menu|\s+icon)?|main\s+menu|product\s+menu|☰(?:\s+menu)?)$/i;
const CONSOLE_ENTRY = /^(?:the\s+)?system\s+console$/i;
/** "System Console ➜ Users find own user": the section, then the logged-in user's row in its list. */
const FIND_OWN =
  /^(.+?),?\s+(?:and\s+)?(?:find|locate|search\s+for)\s+(?:your\s+|my\s+)?own\s+(?:user|account)$/i;

/** "… Users and Teams from the menu": words after a section name that only say where the link is. */
const WHERE_TRAILER = /\s+(?:from|in|on)\s+the\s+(?:menu|sidebar|left[-\s]hand[-\s]side|lhs)$/i;
const squashed = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A path that starts at a console category without naming the console ("Site configuration > Users and Teams from
 * the menu"): the category and section words of the table, so that no other menu path is taken for one.
 */
function categoryPath(path: string[]): string[] | undefined {
  if (path.length < 2) return undefined;
  const cleaned = [...path.slice(0, -1), path[path.length - 1].replace(WHERE_TRAILER, '')];
  const category = CATEGORIES.find((c) => squashed(c.title) === squashed(cleaned[0]));
  if (!category) return undefined;
  // Both must be found: with neither, undefined === undefined took every menu path ("Main Menu > Integrations").
  return sectionNamed(cleaned.join(' > '))?.section.category === category.id ? cleaned : undefined;
}

function entryIndex(path: string[]): number {
  let i = 0;
  while (i < path.length && MENU_OPENER.test(path[i])) i++;
  return i < path.length && CONSOLE_ENTRY.test(path[i]) ? i : -1;
}

/** Into the System Console: through the main menu's "System Console" item when the path names the menu. */
async function enterConsole(world: CasebookWorld, throughMenu: boolean): Promise<void> {
  const page = await asAdmin(world);
  if (new URL(page.url()).pathname.startsWith('/admin_console')) return;
  if (throughMenu) {
    await page.locator('#sidebarHeaderDropdownButton').click({ timeout: world.timeouts.actionMs });
    await page.locator('#systemConsole').click({ timeout: world.timeouts.actionMs });
  } else {
    await page.goto('/admin_console');
  }
  await page.locator(CONSOLE.sidebar).waitFor({ timeout: world.timeouts.navigationMs });
}

// "Main Menu > System Console", "System Console > Site Configuration > Customization", "System Console >
// Integrations GIF(Beta)", "System Console > Environment > Web Server > Site URL": the console, then the
// section's sidebar link (found in the table by its category and name); a trailing setting label is focused.
definePathRoute({
  name: 'System Console',
  handles: (path) => entryIndex(path) >= 0 || categoryPath(path) !== undefined,
  async follow(world, named) {
    const fromCategory = entryIndex(named) < 0 ? categoryPath(named) : undefined;
    const path = fromCategory ? ['System Console', ...fromCategory] : named;
    const entry = entryIndex(path);
    await enterConsole(world, entry > 0);
    const rest = path.slice(entry + 1);
    if (rest.length === 0) return [];
    const finding = FIND_OWN.exec(rest.join(' > '));
    const found = sectionNamed(finding ? finding[1] : rest.join(' > '));
    if (!found)
      throw new Error(
        `the System Console has no section "${rest.join(' > ')}" (see sandbox/server/areas/console/definition.ts)`,
      );
    const page = await world.page();
    const sidebar = page.locator(CONSOLE.sidebar).getByTestId(found.section.category);
    await sidebar
      .getByRole('link', { name: found.section.name, exact: true })
      .click({ timeout: world.timeouts.actionMs });
    await waitForSection(page, found.section, world.timeouts.navigationMs);
    if (found.setting) await page.getByTestId(`${found.setting.key}label`).scrollIntoViewIfNeeded();
    if (finding) {
      if (found.section.page !== 'users')
        throw new Error(`"${finding[0]}": users are found in System Console > Users`);
      const session = await world.session();
      await findUserRow(world, page, session.user ?? world.credentials('admin'));
    }
    return [];
  },
});
