import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { stateNamed, thingNamed } from '../../generic/assert';
import { aliasFor } from '../../generic/vocabulary';

/** The element a focus line names ("center channel message box", "reply box"), from the assertion vocabulary. */
export async function focusTarget(world: CasebookWorld, page: Page, name: string): Promise<Locator> {
  const cleaned = name.replace(/["“”'`*]/g, (c) => (c === "'" ? c : '')).trim();
  const thing = thingNamed(cleaned);
  if (thing) return (await thing.locate(page, world)).first();
  // Words the click steps know ("hamburger icon" is the "main menu" button) name focus targets too.
  const alias = aliasFor(cleaned);
  if (alias?.css?.length) return page.locator(alias.css.join(', ')).first();
  if (alias?.names?.length) {
    const names = alias.names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return page.getByRole('button', { name: new RegExp(`^\\s*(?:${names})\\s*$`, 'i') }).first();
  }
  throw new Error(`"${name}" is not a thing the steps know (register it with registerThing or defineAlias)`);
}

/** Waits until `target` has (or, when `away`, has not) the focus; returns whether it settled that way. */
export async function focusSettles(target: Locator, away: boolean, timeoutMs: number): Promise<boolean> {
  const focused = stateNamed('focused');
  if (!focused) throw new Error('the "focused" state is not registered');
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { holds } = (await target.count()) ? await focused.state.check(target) : { holds: false };
    if (holds !== away) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What has the focus now, in words, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (the page body)';
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${label ? ` "${label}"` : ''}`;
  });
}

/** Asserts the focus is (or is not) on `name`, waiting for it to settle after a key or a click. */
export async function expectFocus(world: CasebookWorld, name: string, negated: boolean): Promise<void> {
  const page = await world.appPage();
  const target = await focusTarget(world, page, name);
  if (await focusSettles(target, negated, world.timeouts.expectMs)) return;
  throw new Error(
    `expected the focus ${negated ? 'not ' : ''}on the ${name}; it is on ${await describeFocus(page)}`,
  );
}
