import type { Locator } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { kindOf, splitKind } from './kinds';
import { type Kind, locate } from './locate';
import { isQuoted, unquote } from './phrase';

/** The name and kind a step means by a raw label: `"Save"` → Save; `the Save button` → Save, button. */
export function parseLabel(
  raw: string,
  kindWord?: string | null,
  fallback: Kind = 'clickable',
): [string, Kind] {
  if (isQuoted(raw)) return [unquote(raw), kindOf(kindWord, fallback)];
  const [name, trailing] = splitKind(unquote(raw));
  return [name, kindOf(kindWord ?? trailing, fallback)];
}

export async function find(world: CasebookWorld, raw: string, kindWord?: string | null, fallback?: Kind) {
  const [name, kind] = parseLabel(raw, kindWord, fallback);
  return locate(await world.page(), name, kind, world.timeouts.actionMs);
}

export async function clickLabel(
  world: CasebookWorld,
  raw: string,
  kindWord?: string | null,
): Promise<Locator> {
  const target = await find(world, raw, kindWord);
  await target.click();
  return target;
}

export async function setChecked(world: CasebookWorld, raw: string, checked: boolean): Promise<void> {
  const target = await find(world, raw, 'checkbox');
  await target.setChecked(checked);
}

/** Replaces a field's content, as a tester selecting it and typing does. */
export async function typeInto(world: CasebookWorld, rawField: string, text: string): Promise<Locator> {
  const field = await find(world, rawField, null, 'field');
  await field.click();
  await field.fill(text);
  return field;
}
