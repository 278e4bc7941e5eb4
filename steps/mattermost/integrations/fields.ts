import { randomBytes } from 'node:crypto';
import type { Locator } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { FIELDS } from './selectors';

/** The visible control of the backstage form a case names ("Command Trigger Word", "Request URL", "hint"). */
export async function integrationField(world: CasebookWorld, name: string): Promise<Locator> {
  const field = FIELDS.find((f) => f.names.test(name.trim().replace(/\s+/g, ' ')));
  if (!field) throw new Error(`no integration form field is called "${name}"`);
  const page = await world.page();
  const control = page.locator(field.css.join(', ')).filter({ visible: true }).first();
  await control.waitFor({ timeout: world.timeouts.actionMs }).catch(() => {
    throw new Error(
      `the ${field.what} field (${field.css.join(' or ')}) is not on the page: open the form first`,
    );
  });
  return control;
}

/** A trigger word no other scenario uses, the same for the whole scenario ("the same trigger word"). */
export function scenarioTrigger(world: CasebookWorld): string {
  const known = world.memory.latest('trigger word');
  if (known) return known.label;
  const word = `cb-${randomBytes(4).toString('hex')}`;
  world.remember('trigger word', { label: word });
  return word;
}

/**
 * What to type for "starting with "//"" (a valid trigger after that prefix) or "containing a space" (two words),
 * or the value the line gives; no value at all means a fresh trigger word of the scenario's.
 */
export function valueFor(
  world: CasebookWorld,
  how: string | null,
  qualifier: string | null,
  value: string | null,
): string {
  if (how && /starting/i.test(how)) return `${qualifier ?? ''}${scenarioTrigger(world)}`;
  if (how && /containing/i.test(how))
    return qualifier && !/^a\s+space$/i.test(qualifier)
      ? `${scenarioTrigger(world)}${qualifier}`
      : `${scenarioTrigger(world)} word`;
  if (value !== null) return value;
  return scenarioTrigger(world);
}
