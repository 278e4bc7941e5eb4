import type { Locator, Page } from 'playwright';
import { candidatesOnPage, formatCandidate } from './candidates';
import { nearest, squash } from './similarity';
import { aliasFor } from './vocabulary';

/** What a step says it is after: "the Save button" → button; "the Email field" → field. */
export type Kind =
  | 'clickable'
  | 'button'
  | 'link'
  | 'menuitem'
  | 'tab'
  | 'radio'
  | 'checkbox'
  | 'option'
  | 'field';

type Role = Parameters<Page['getByRole']>[0];

/** The roles an element of each kind may have, most likely first. */
export const ROLES: Record<Kind, Role[]> = {
  clickable: ['button', 'link', 'menuitem', 'tab', 'radio', 'checkbox', 'option', 'menuitemradio', 'switch'],
  button: ['button', 'link', 'menuitem'],
  link: ['link', 'button'],
  menuitem: ['menuitem', 'menuitemradio', 'menuitemcheckbox', 'option', 'button'],
  tab: ['tab', 'button', 'link'],
  radio: ['radio', 'menuitemradio'],
  checkbox: ['checkbox', 'switch', 'menuitemcheckbox'],
  option: ['option', 'radio', 'menuitem', 'menuitemradio'],
  field: ['textbox', 'combobox', 'searchbox', 'spinbutton'],
};

export class LabelNotFoundError extends Error {
  constructor(label: string, kind: Kind, candidates: string[]) {
    const what = kind === 'clickable' ? 'element' : kind;
    const list = candidates.length ? candidates.map((c) => `  - ${c}`).join('\n') : '  (no visible control)';
    super(`No visible ${what} matching "${label}" on the page. Nearest candidates:\n${list}`);
    this.name = 'LabelNotFoundError';
  }
}

/**
 * A RegExp matching `label` ignoring case, spaces and punctuation ("Logout" finds "Log Out"). A bracketed
 * placeholder of the case ("Your case sensitive first name [name]") stands for a value the page fills in: the
 * words around it are matched, not the placeholder.
 */
export function forgivingName(label: string, whole: boolean): RegExp {
  const withoutPlaceholders = label.replace(/\s*\[[^\]]*\]\s*/g, ' ').trim();
  if (!whole && withoutPlaceholders !== label.trim() && squash(withoutPlaceholders)) {
    return forgivingName(withoutPlaceholders, false);
  }
  const letters = [...squash(label)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (letters.length === 0) return new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  const body = letters.join('[^\\p{L}\\p{N}]*');
  return whole ? new RegExp(`^[^\\p{L}\\p{N}]*${body}[^\\p{L}\\p{N}]*$`, 'iu') : new RegExp(body, 'iu');
}

/** Locators for `label`, best first: aliases, then role, label, placeholder and text; whole names before parts. */
function strategies(scope: Page | Locator, label: string, kind: Kind): Locator[] {
  const found: Locator[] = [];
  const alias = aliasFor(label);
  for (const css of alias?.css ?? []) found.push(scope.locator(css));
  for (const name of [...(alias?.names ?? []), label]) {
    for (const whole of [true, false]) found.push(...byName(scope, forgivingName(name, whole), kind));
  }
  return found;
}

function byName(scope: Page | Locator, name: RegExp, kind: Kind): Locator[] {
  const roles = ROLES[kind].map((role) => scope.getByRole(role, { name }));
  const textual = [scope.getByLabel(name), scope.getByPlaceholder(name)];
  if (kind === 'field') return [...roles, ...textual];
  return [...roles, ...textual, scope.getByText(name)];
}

/** The innermost open dialog, where a tester's eyes (and clicks) are while a modal is up. */
function openDialog(page: Page): Locator {
  return page
    .locator('dialog[open], [role="dialog"]:visible, [role="alertdialog"]:visible, .modal.show:visible')
    .last();
}

/** Where to look: inside an area ("in the LHS"), or next to another element ("to the right of “Desktop Notifications”"). */
export interface Where {
  within?: Locator;
  near?: Locator;
}

/** How far up from an anchor to look for the element next to it (a row, then its section…). */
const NEAR_DEPTH = 5;

async function scopesFor(page: Page, where: Where): Promise<(Page | Locator)[]> {
  if (where.near) {
    const anchor = where.near.first();
    return Array.from({ length: NEAR_DEPTH }, (_, i) => anchor.locator(`xpath=ancestor::*[${i + 1}]`));
  }
  if (where.within) return [where.within];
  const dialog = openDialog(page);
  return (await dialog.count()) > 0 ? [dialog, page] : [page];
}

async function firstVisible(candidates: Locator[]): Promise<Locator | undefined> {
  for (const candidate of candidates) {
    const visible = candidate.filter({ visible: true });
    if ((await visible.count()) > 0) return visible.first();
  }
  return undefined;
}

/**
 * Finds the visible element a step means by `label`, waiting up to `timeoutMs` for it to appear. Inside an open
 * dialog first, then the whole page (or where `where` says). When nothing matches, the error lists the nearest
 * names on the page.
 */
export async function locate(
  page: Page,
  label: string,
  kind: Kind,
  timeoutMs: number,
  where: Where = {},
): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const scope of await scopesFor(page, where)) {
      const found = await firstVisible(strategies(scope, label, kind));
      if (found) return found;
    }
    if (Date.now() >= deadline) {
      const closest = nearest(label, await candidatesOnPage(page), (c) => c.name);
      throw new LabelNotFoundError(label, kind, closest.map(formatCandidate));
    }
    await page.waitForTimeout(150);
  }
}
