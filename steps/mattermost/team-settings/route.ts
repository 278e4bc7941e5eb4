import { definePathRoute } from '../../generic/routes';
import { openTeamSettings, TEAM_SETTINGS } from './modal';

const MENU_OPENER =
  /^(?:☰\s*)?(?:the\s+)?(?:hamburger(?:\s+main)?(?:\s+menu|\s+icon)?|main\s+menu|team\s+menu|☰(?:\s+menu)?)$/i;
const ENTRY = /^(?:the\s+)?team\s+settings(?:\s+modal)?$/i;

/**
 * Where the cases' sections of Team Settings are in today's modal: the older "General" tab's name, description
 * and icon are on the Info tab; its invite code, open invite and allowed domains on the Access tab.
 */
const TAB_OF: [RegExp, 'info' | 'access'][] = [
  [/^(?:general|info)$/i, 'info'],
  [/^access$/i, 'access'],
  [/^invite\s+code$/i, 'access'],
];

function entryIndex(path: string[]): number {
  let i = 0;
  while (i < path.length && MENU_OPENER.test(path[i])) i++;
  return i < path.length && ENTRY.test(path[i]) ? i : -1;
}

/**
 * "☰ Menu ➜ Team Settings ➜ Invite code": Team Settings on the scenario's own team (modal.ts), then the tab the
 * next element lives on; what follows is clicked by name.
 */
definePathRoute({
  name: 'Team Settings',
  handles: (path) => entryIndex(path) >= 0,
  async follow(world, path) {
    const { modal } = await openTeamSettings(world);
    const rest = path.slice(entryIndex(path) + 1);
    const tab = rest.length ? TAB_OF.find(([words]) => words.test(rest[0].trim()))?.[1] : undefined;
    if (!tab) return rest;
    await modal.locator(tab === 'info' ? TEAM_SETTINGS.infoTab : TEAM_SETTINGS.accessTab).click();
    return rest.slice(1);
  },
});
