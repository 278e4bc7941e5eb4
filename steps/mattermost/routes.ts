import { definePathRoute } from '../generic/routes';
import { editSection, hasSection } from './sections';
import { openSettings, settingsTabNamed } from './settings';
import { keepPreferencesForCleanup } from './settings/display';

/** Words that open a menu on the way to the settings: "hamburger menu", "User Menu", "avatar". */
const MENU_OPENER =
  /^(main menu|hamburger( menu| icon)?|team menu|user menu|account menu|user account menu|avatar|profile picture|global header|user'?s account menu)$/i;
/** Words that open the settings modal itself. */
const SETTINGS_ENTRY =
  /^(account settings|settings|settings modal|profile|profile settings|settings gear( icon)?|gear icon)$/i;

/** Index of the settings entry in a path (after any menu openers), or -1. */
function settingsEntryIndex(path: string[]): number {
  let i = 0;
  while (i < path.length && MENU_OPENER.test(path[i])) i++;
  return i < path.length && SETTINGS_ENTRY.test(path[i]) ? i : -1;
}

// "Main Menu > Account Settings > Security", "Profile ➜ Security ➜ Password", "Settings -> Notifications":
// opened the way the server at hand has them (older main menu or current Settings/Profile buttons).
definePathRoute({
  name: 'Mattermost settings',
  handles: (path) => settingsEntryIndex(path) >= 0,
  async follow(world, path) {
    const entry = settingsEntryIndex(path);
    let rest = path.slice(entry + 1);
    let tab = rest.length ? settingsTabNamed(rest[0]) : undefined;
    if (tab) rest = rest.slice(1);
    else if (/^profile/i.test(path[entry])) tab = 'general';
    const page = await world.appPage();
    // Display choices saved through plain clicks and Save belong to the user: put them back after the scenario.
    if (tab === 'display') await keepPreferencesForCleanup(world);
    await openSettings(page, tab, world.timeouts.actionMs);
    // "Full Name > Edit": open that section for editing (each section has its own Edit button).
    if (rest.length && (await hasSection(page, rest[0]))) {
      await editSection(world, page, rest[0]);
      rest = rest.slice(/^edit$/i.test(rest[1] ?? '') ? 2 : 1);
    }
    return rest;
  },
});

// "Go to the login page".
definePathRoute({
  name: 'login page',
  handles: (path) => path.length === 1 && /^(login|log in|sign in|sign-in) (page|screen)$/i.test(path[0]),
  async follow(world) {
    await (await world.page()).goto('/login');
    return [];
  },
});
