import type { Page } from 'playwright';

/**
 * What a screen reader announces for the focused element, as the cases quote it: "Main Menu button, to
 * activate press space bar" is the accessible name "Main Menu", the role "button" and JAWS's usage hint.
 * The hint is the reader's, not the app's, so it is dropped; the role word maps to the ARIA role.
 */
const HINT = /,?\s*to\s+activate\s+press\s+(?:space\s*bar|enter)$/i;
const ROLE_WORDS: [RegExp, string][] = [
  [/,?\s+button$/i, 'button'],
  [/,?\s+link$/i, 'link'],
  [/,?\s+edit(?:,?\s+type\s+in\s+text)?$|,?\s+text\s*box$/i, 'textbox'],
  [/,?\s+menu\s*item$/i, 'menuitem'],
  [/,?\s+tab$/i, 'tab'],
];

export interface Announcement {
  name: string;
  role?: string;
}

export function parseAnnouncement(quoted: string): Announcement {
  let name = quoted.trim().replace(HINT, '');
  for (const [pattern, role] of ROLE_WORDS) {
    if (pattern.test(name)) return { name: name.replace(pattern, '').trim(), role };
  }
  name = name.replace(/[.,]$/, '').trim();
  return { name };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the focused element is announced so: its role (when one is said) and its whole accessible name. */
export async function focusedIsAnnounced(page: Page, said: Announcement): Promise<boolean> {
  const name = new RegExp(`^\\s*${escapeRegExp(said.name).replace(/\s+/g, '\\s+')}\\s*$`, 'i');
  if (!said.role) {
    // A region or a container: its aria-label (or the text aria-labelledby points at) is what is read.
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const by = el.getAttribute('aria-labelledby');
      if (by)
        return by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      return el.getAttribute('aria-label') ?? '';
    });
    return name.test(label);
  }
  const candidates = page.getByRole(said.role as 'button', { name });
  const count = await candidates.count();
  for (let i = 0; i < count; i++) {
    if (await candidates.nth(i).evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}

/** The focused element's role and name, in words, for failure messages. */
export function focusedAnnouncement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing is focused';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `${role} "${name}"`;
  });
}
