import {
  CATEGORIES,
  SECTIONS,
  type SectionFact,
  type SettingFact,
} from '../../../sandbox/server/areas/console/definition';

/**
 * The System Console's table of facts (shared with the sandbox, which draws its console from it): which section
 * and setting a case's words name. Words are compared without case, spaces and punctuation, so "GIF(Beta)",
 * "Site URL" and "Max File Size" find "GIF (Beta)", "Site URL:" and the former label "Max File Size:".
 */
export type { SectionFact, SettingFact };

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function sectionNames(section: SectionFact): string[] {
  return [section.name, ...(section.formerNames ?? [])];
}

function categoryTitle(section: SectionFact): string {
  return CATEGORIES.find((category) => category.id === section.category)?.title ?? section.category;
}

/**
 * The section a path of words names: "Integrations > GIF (Beta)", "Integrations GIF(Beta)", "Site Configuration >
 * Customization", "Web Server", or with a trailing setting label ("Environment > Web Server > Site URL").
 */
export function sectionNamed(path: string): { section: SectionFact; setting?: SettingFact } | undefined {
  const parts = path
    .split(/\s*(?:>|➜|→|»|\/)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (let end = parts.length; end > 0; end--) {
    const words = squash(parts.slice(0, end).join(' '));
    const rest = parts.slice(end).join(' ');
    for (const section of SECTIONS) {
      const title = squash(categoryTitle(section));
      const named = sectionNames(section).some((name) => {
        const squashed = squash(name);
        return words === squashed || words === title + squashed;
      });
      if (!named) continue;
      if (!rest) return { section };
      const setting = settingIn(section, rest);
      if (setting) return { section, setting };
    }
  }
  return undefined;
}

function labels(setting: SettingFact): string[] {
  return [setting.label, ...(setting.formerLabels ?? [])].map(squash);
}

/** The setting of `section` with this label (or a former label). */
export function settingIn(section: SectionFact, label: string): SettingFact | undefined {
  const wanted = squash(label);
  return section.settings.find((setting) => labels(setting).includes(wanted));
}

/** The setting with this label anywhere in the console, with its section; a label used twice is an error. */
export function settingLabeled(label: string): { section: SectionFact; setting: SettingFact } | undefined {
  const wanted = squash(label);
  const found = SECTIONS.flatMap((section) =>
    section.settings
      .filter((setting) => labels(setting).includes(wanted))
      .map((setting) => ({ section, setting })),
  );
  if (found.length > 1) {
    throw new Error(`"${label}" names ${found.length} System Console settings; say which section`);
  }
  return found[0];
}

/** The section whose URL is this path (`/admin_console/site_config/customization`). */
export function sectionAtUrl(pathname: string): SectionFact | undefined {
  const path = pathname.replace(/^\/admin_console\/?/, '').replace(/\/$/, '');
  return SECTIONS.find((section) => section.url === path);
}

/** "Can change Site Name setting" (a case title) → the Site Name setting, when a section has it. */
export function settingInTitle(title: string): SettingFact | undefined {
  const match = /can\s+change\s+(.+?)\s+setting/i.exec(title);
  if (!match) return undefined;
  return settingLabeled(match[1])?.setting;
}

/** A readable name of a setting for messages: its label without the colon. */
export function labelOf(setting: SettingFact): string {
  return setting.label.replace(/:\s*$/, '').trim();
}

/** An alternation of every setting label of the table (without its colon), for step patterns. */
export function labelPattern(): string {
  const names = SECTIONS.flatMap((section) => section.settings).flatMap((setting) => [
    setting.label,
    ...(setting.formerLabels ?? []),
  ]);
  const escaped = [...new Set(names.map((name) => name.replace(/:\s*$/, '').trim()))]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`));
  return `(?:${escaped.join('|')})`;
}
