import type { Locator, Page } from 'playwright';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';
import { openSection } from '../sections';
import { closeSettings, openSettings, settingsModal } from '../settings';

/**
 * The Display settings the steps can set, with the real app's section ids (`#<section>Edit`, radios
 * `#<section>FormatA|B|C`), option labels and the words testers use for each option
 * (webapp `components/user_settings/display/user_settings_display.tsx`).
 */
export interface DisplayOption {
  label: string;
  /** The radio's id suffix: A, B or C. */
  letter: 'A' | 'B' | 'C';
  words: RegExp;
}

export interface DisplaySetting {
  section: string;
  title: string;
  names: RegExp;
  options: DisplayOption[];
}

export const DISPLAY_SETTINGS: DisplaySetting[] = [
  {
    section: 'clock',
    title: 'Clock Display',
    names: /^(?:time|time\s+format|clock|clock\s+display|time\s+display)$/i,
    options: [
      { letter: 'A', label: '12-hour clock (example: 4:00 PM)', words: /\b12\b|twelve/i },
      { letter: 'B', label: '24-hour clock (example: 16:00)', words: /\b24\b|twenty-four|military/i },
    ],
  },
  {
    section: 'name_format',
    title: 'Teammate Name Display',
    names: /^teammate\s+name\s+display$/i,
    options: [
      { letter: 'A', label: 'Show username', words: /username/i },
      {
        letter: 'B',
        label: 'Show nickname if one exists, otherwise show first and last name',
        words: /nickname/i,
      },
      { letter: 'C', label: 'Show first and last name', words: /full\s+name|first\s+and\s+last/i },
    ],
  },
  {
    section: 'message_display',
    title: 'Message Display',
    names: /^message\s+display$/i,
    options: [
      { letter: 'A', label: 'Standard', words: /standard|clean/i },
      { letter: 'B', label: 'Compact', words: /compact/i },
    ],
  },
  {
    section: 'linkpreview',
    title: 'Website Link Previews',
    names: /^(?:website\s+)?link\s+previews?$/i,
    options: [
      { letter: 'A', label: 'On', words: /^on$/i },
      { letter: 'B', label: 'Off', words: /^off$/i },
    ],
  },
  {
    section: 'collapse',
    title: 'Default Appearance of Image Previews',
    names: /^(?:default\s+appearance\s+of\s+)?image\s+previews?$/i,
    options: [
      { letter: 'A', label: 'Expanded', words: /expand/i },
      { letter: 'B', label: 'Collapsed', words: /collapse/i },
    ],
  },
  {
    section: 'collapsed_reply_threads',
    title: 'Threaded Discussions',
    names: /^(?:threaded\s+discussions|collapsed\s+reply\s+threads(?:\s+\(beta\))?|crt)$/i,
    options: [
      { letter: 'A', label: 'On', words: /^on$/i },
      { letter: 'B', label: 'Off', words: /^off$/i },
    ],
  },
  {
    section: 'channel_display_mode',
    title: 'Channel Display',
    names: /^channel\s+display(?:\s+mode)?$/i,
    options: [
      { letter: 'A', label: 'Full width', words: /full/i },
      { letter: 'B', label: 'Fixed width, centered', words: /fixed|centered|centred/i },
    ],
  },
];

export function displaySettingNamed(words: string): DisplaySetting {
  const found = DISPLAY_SETTINGS.find((setting) => setting.names.test(words.trim()));
  if (!found) {
    throw new Error(
      `"${words}" is not a Display setting the steps know (${DISPLAY_SETTINGS.map((s) => s.title).join(', ')})`,
    );
  }
  return found;
}

export function optionNamed(setting: DisplaySetting, words: string): DisplayOption {
  const cleaned = words.replace(/["“”'`*]/g, '').trim();
  const found = setting.options.find((option) => option.words.test(cleaned));
  if (!found) {
    throw new Error(
      `"${words}" is not an option of ${setting.title} (${setting.options.map((o) => o.label).join(' / ')})`,
    );
  }
  return found;
}

/** The radio of `option` in the section open for editing. */
export function optionRadio(page: Page, setting: DisplaySetting, option: DisplayOption): Locator {
  return settingsModal(page).locator(`#${setting.section}Format${option.letter}`);
}

/** Whether `setting`'s section is the one open for editing in the settings modal. */
export async function isEditing(page: Page, setting: DisplaySetting): Promise<boolean> {
  const open = openSection(page);
  if (!(await open.isVisible())) return false;
  return (await open.locator(`#${setting.section}FormatA`).count()) > 0;
}

/** Settings > Display > `setting` > Edit, unless that section is open already. */
export async function editDisplaySetting(world: CasebookWorld, page: Page, setting: DisplaySetting) {
  if (await isEditing(page, setting)) return;
  const modal = await openSettings(page, 'display', world.timeouts.actionMs);
  await modal.locator(`#${setting.section}Edit`).click();
  await openSection(page).waitFor({ timeout: world.timeouts.actionMs });
}

/** Picks the option, then (when `save`) saves and closes the modal as a tester would before going on. */
export async function setDisplaySetting(
  world: CasebookWorld,
  setting: DisplaySetting,
  option: DisplayOption,
  save: boolean,
): Promise<void> {
  await keepPreferencesForCleanup(world);
  const page = await world.appPage();
  await editDisplaySetting(world, page, setting);
  await optionRadio(page, setting, option).check({ timeout: world.timeouts.actionMs });
  remembered.set(world, { setting, option });
  if (!save) return;
  await settingsModal(page).locator('#saveSetting').click();
  await settingsModal(page).locator(`#${setting.section}Desc`).waitFor({ timeout: world.timeouts.actionMs });
  await closeSettings(page, world.timeouts.actionMs);
}

const remembered = new WeakMap<CasebookWorld, { setting: DisplaySetting; option: DisplayOption }>();

/** The setting and option the scenario chose last ("Setting shows 24 hr clock" is about it). */
export function lastDisplayChoice(world: CasebookWorld) {
  const choice = remembered.get(world);
  if (!choice) throw new Error('no Display setting was changed earlier in this scenario');
  return choice;
}

interface Preference {
  user_id: string;
  category: string;
  name: string;
  value: string;
}

interface Me {
  id: string;
  locale?: string;
}

const kept = new WeakSet<CasebookWorld>();
const atStart = new WeakMap<CasebookWorld, Preference[]>();

/** The user's preferences when the scenario first touched its settings (empty before that). */
export function preferencesAtStart(world: CasebookWorld): Preference[] {
  return atStart.get(world) ?? [];
}

/**
 * Preferences belong to the user, not the scenario: the first change a scenario makes snapshots the user's
 * preferences and language, and the scenario's cleanup puts them back (through a REST login of its own, as the
 * scenario may end logged out), so the next scenario of the same user starts from the same place.
 */
export async function keepPreferencesForCleanup(world: CasebookWorld): Promise<void> {
  if (kept.has(world)) return;
  kept.add(world);
  const user = (await world.session()).user;
  if (!user) throw new Error('the scenario changes settings before any user logged in');
  const baseUrl = requireBaseUrl(world.config);
  const before = await asUser(baseUrl, user, async (client) => {
    const me = await client.get<Me>('/api/v4/users/me');
    return { me, preferences: await client.get<Preference[]>(`/api/v4/users/${me.id}/preferences`) };
  });
  atStart.set(world, before.preferences);
  world.onCleanup(() =>
    asUser(baseUrl, user, async (client) => {
      const path = `/api/v4/users/${before.me.id}/preferences`;
      const now = await client.get<Preference[]>(path);
      const added = now.filter(
        (p) => !before.preferences.some((b) => b.category === p.category && b.name === p.name),
      );
      if (added.length) await client.send('POST', `${path}/delete`, added);
      if (before.preferences.length) await client.send('PUT', path, before.preferences);
      await client.send('PUT', '/api/v4/users/me/patch', { locale: before.me.locale ?? 'en' });
    }),
  );
}
