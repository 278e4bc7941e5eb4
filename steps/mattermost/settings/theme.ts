import type { CasebookWorld } from '../../../support/world';
import { defineAlias } from '../../generic/vocabulary';
import { apiGet } from '../api';
import { preferencesAtStart } from './display';

// "Select a new Theme Color": a premade theme other than the one in use (webapp premade_theme_chooser:
// `#premadeTheme<Type>`, the one in use has class "active"), in the Theme section open for editing.
defineAlias(['new theme color', 'new theme colour', 'new theme', 'different theme', 'new premade theme'], {
  css: ['[id^="premadeTheme"]:not(.active)'],
});

interface Theme {
  type?: string;
  sidebarBg?: string;
}

interface Preference {
  category: string;
  name: string;
  value: string;
}

function themeOf(preferences: Preference[]): Theme | undefined {
  const row = preferences.find((p) => p.category === 'theme' && p.name === '');
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as Theme;
  } catch {
    return undefined;
  }
}

/**
 * Whether the scenario saved a theme other than the one the user had when it started, and the app shows it:
 * the stored "theme" preference changed, and the page's --sidebar-bg (Mattermost applies themes as CSS
 * variables) is the stored theme's sidebar colour. Returns what was found, for the failure message.
 */
export async function themeSaved(world: CasebookWorld): Promise<{ saved: boolean; found: string }> {
  const before = themeOf(preferencesAtStart(world));
  const session = await world.session();
  const me = await apiGet<{ id: string }>(session.context, '/api/v4/users/me');
  const now = themeOf(await apiGet<Preference[]>(session.context, `/api/v4/users/${me.id}/preferences`));
  const shown = (
    await (
      await world.appPage()
    ).evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sidebar-bg'))
  ).trim();
  const changed = Boolean(now) && JSON.stringify(now) !== JSON.stringify(before);
  const applied = Boolean(now?.sidebarBg) && shown.toLowerCase() === now?.sidebarBg?.toLowerCase();
  return {
    saved: changed && applied,
    found: `stored theme ${now?.type ?? 'none'} (was ${before?.type ?? 'the default'}), page --sidebar-bg "${shown}"`,
  };
}
