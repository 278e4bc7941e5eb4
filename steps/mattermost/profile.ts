import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { forgivingName } from '../generic/locate';
import { openSection } from './sections';

/** The input labelled `label` in the settings section open for editing. */
export function sectionField(page: Page, label: string): Locator {
  return openSection(page).getByLabel(forgivingName(label, true)).first();
}

/** A value no earlier run used: letters only, so it suits names as well as nicknames. */
export function freshValue(prefix: string): string {
  const letters = Date.now()
    .toString(26)
    .replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);
  return `${prefix}${letters}`;
}

const typed = new WeakMap<CasebookWorld, Map<string, string>>();

/** Types `value` into field `label` of the open section and remembers it for later expectations. */
export async function fillField(
  world: CasebookWorld,
  page: Page,
  label: string,
  value: string,
): Promise<void> {
  await sectionField(page, label).fill(value);
  const values = typed.get(world) ?? new Map<string, string>();
  typed.set(world, values);
  values.set(label.toLowerCase(), value);
}

/** What a step typed into field `label`. */
export function typedInto(world: CasebookWorld, label: string): string {
  const value = typed.get(world)?.get(label.toLowerCase());
  if (value === undefined) throw new Error(`nothing was entered in the "${label}" field in this scenario`);
  return value;
}
