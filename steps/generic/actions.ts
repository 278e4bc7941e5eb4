import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { kindOf, splitKind } from './kinds';
import { type Kind, locate, type Where } from './locate';
import { isQuoted, unquote } from './phrase';
import { aliasFor } from './vocabulary';

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

/** Where a step points: next to another labelled element, or inside an area ("LHS", "modal"). */
export interface Pointing {
  near?: string | null;
  area?: string | null;
}

async function whereOf(world: CasebookWorld, page: Page, pointing: Pointing): Promise<Where> {
  if (pointing.near) {
    const [anchor] = parseLabel(pointing.near);
    return { near: await locate(page, anchor, 'clickable', world.timeouts.actionMs) };
  }
  if (pointing.area) {
    const css = aliasFor(pointing.area)?.css;
    if (!css) throw new Error(`no area called "${pointing.area}" is known in this app`);
    return { within: page.locator(css.join(', ')).first() };
  }
  return {};
}

export async function find(
  world: CasebookWorld,
  raw: string,
  kindWord?: string | null,
  fallback?: Kind,
  pointing: Pointing = {},
): Promise<Locator> {
  const [name, kind] = parseLabel(raw, kindWord, fallback);
  const page = await world.appPage();
  return locate(page, name, kind, world.timeouts.actionMs, await whereOf(world, page, pointing));
}

export async function clickLabel(
  world: CasebookWorld,
  raw: string,
  kindWord?: string | null,
  pointing: Pointing = {},
): Promise<Locator> {
  const target = await find(world, raw, kindWord, 'clickable', pointing);
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
