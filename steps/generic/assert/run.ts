import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { unquote } from '../phrase';
import { squash } from '../similarity';
import { nearestFound, pageShowsSomething } from './evidence';
import { anyVisible, firstVisible, placeLocator, subjectTarget, type Target } from './find';
import type { Assertion, Predicate, Subject } from './grammar';
import { type Scope, stateNamed, thingNamed } from './vocabulary';

/** Polls `probe` until it returns true or the time is up; returns the last answer. */
async function until(page: Page, timeoutMs: number, probe: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() >= deadline) return false;
    await page.waitForTimeout(150);
  }
}

const waited = (ms: number) => `waited ${ms / 1000} s`;

interface Context {
  world: CasebookWorld;
  page: Page;
  scope: Scope;
  /** " in the RHS", or "" on the page. */
  where: string;
  timeoutMs: number;
}

/** Checks one parsed line against the current tab (or the tab of the actor it names). */
export async function runAssertion(world: CasebookWorld, assertion: Assertion): Promise<void> {
  const page = assertion.actor ? await actorPage(world, assertion.actor) : await world.appPage();
  const timeoutMs = world.timeouts.expectMs;
  let scope: Scope = page;
  let where = '';
  if (assertion.place) {
    const place = placeLocator(page, assertion.place, world);
    where = ` in ${place.description}`;
    // Looking inside a place (for presence or absence) first needs the place itself.
    if (!(await until(page, timeoutMs, () => anyVisible([place.locator]))))
      throw new Error(
        `expected ${place.description} to be shown (to look${where}), but it is not (${waited(timeoutMs)}); ${await nearestFound(page, page, assertion.place.placeName ?? assertion.place.name)}`,
      );
    scope = place.locator.first();
  }
  const context = { world, page, scope, where, timeoutMs };
  await check(context, assertion.subject, assertion.predicate, assertion.negated);
}

async function check(c: Context, subject: Subject | undefined, predicate: Predicate, negated: boolean) {
  switch (predicate.type) {
    case 'shown':
      return expectShown(c, await need(c, subject));
    case 'hidden':
      return expectHidden(c, await need(c, subject), predicate.gone);
    case 'text':
      return expectText(c, await need(c, subject), predicate.text, negated);
    case 'state':
      return expectState(c, await need(c, subject), predicate.adjective, negated);
    case 'count':
      return expectCount(c, await need(c, subject), predicate.n);
    case 'has':
      return expectHas(c, await need(c, subject), predicate.inner, negated);
    case 'channel':
      return expectChannel(c, predicate.channel, predicate.referent);
    case 'page':
      return expectPage(c, unquote(predicate.target));
    case 'url':
      return expectUrl(c, unquote(predicate.fragment));
  }
}

async function need(c: Context, subject: Subject | undefined): Promise<Target> {
  if (!subject) throw new Error('this line has no subject to check');
  return subjectTarget(c.world, c.page, c.scope, subject);
}

async function expectShown(c: Context, target: Target): Promise<void> {
  if (await until(c.page, c.timeoutMs, () => anyVisible(target.candidates))) return;
  throw new Error(
    `expected ${target.description}${c.where} to be shown, but it is not (${waited(c.timeoutMs)}); ${await nearestFound(c.page, c.scope, target.label)}`,
  );
}

async function expectHidden(c: Context, target: Target, gone: boolean): Promise<void> {
  if (c.scope === c.page && !(await pageShowsSomething(c.page)))
    throw new Error(
      `cannot check that ${target.description} is not shown: the tab shows no page of the app (${c.page.url()})`,
    );
  if (
    (gone || target.quoted) &&
    (target.label ? !wasShownBefore(c.world, target.label) : target.seenBefore?.(c.world) === false) &&
    !(await anyVisible(target.candidates))
  )
    throw new Error(
      `the line says ${target.description} ${gone ? 'goes away' : 'is not shown'}, but it was not shown after any earlier step of this scenario (so its absence proves nothing)`,
    );
  if (await until(c.page, c.timeoutMs, async () => !(await anyVisible(target.candidates)))) return;
  const shown = await firstVisible(target.candidates);
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text (textContent also holds hidden elements)
  const text = (await shown?.innerText().catch(() => ''))?.trim().slice(0, 120);
  throw new Error(
    `expected ${target.description}${c.where} not to be shown, but it still is${text ? `: “${text}”` : ''} (${waited(c.timeoutMs)})`,
  );
}

/** Whether an earlier action step left `label` on screen (the tab's text is kept after each action). */
function wasShownBefore(world: CasebookWorld, label: string): boolean {
  const key = squash(label);
  return world.observations.some(
    (seen) => squash(seen.text ?? '').includes(key) || seen.dialogs.some((d) => squash(d).includes(key)),
  );
}

async function shownElement(c: Context, target: Target): Promise<Locator> {
  let found: Locator | undefined;
  await until(c.page, c.timeoutMs, async () => {
    found = await firstVisible(target.candidates);
    return found !== undefined;
  });
  if (found) return found;
  throw new Error(
    `expected ${target.description}${c.where} to be shown, but it is not (${waited(c.timeoutMs)}); ${await nearestFound(c.page, c.scope, target.label)}`,
  );
}

/** A field's value, or an element's visible text (textContent would also hold hidden elements). */
async function textOf(element: Locator): Promise<string> {
  const value = await element.inputValue().catch(() => '');
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text, as a tester reads it
  return value || (await element.innerText());
}

async function expectText(c: Context, target: Target, raw: string, negated: boolean): Promise<void> {
  const expected = unquote(raw);
  const element = await shownElement(c, target);
  let actual = '';
  const holds = await until(c.page, c.timeoutMs, async () => {
    actual = await textOf(element).catch(() => '');
    return squashSpaces(actual).includes(squashSpaces(expected)) !== negated;
  });
  if (holds) return;
  const shown = JSON.stringify(actual.trim().slice(0, 200));
  throw new Error(
    negated
      ? `expected ${target.description}${c.where} not to show “${expected}”, but it reads ${shown}`
      : `expected ${target.description}${c.where} to show “${expected}”, but it reads ${shown}`,
  );
}

const squashSpaces = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

async function expectState(c: Context, target: Target, adjective: string, negated: boolean): Promise<void> {
  const named = stateNamed(adjective);
  if (!named) throw new Error(`no state called "${adjective}" is registered`);
  const element = await shownElement(c, target);
  const wanted = !(named.opposite !== negated);
  let actual = '';
  const holds = await until(c.page, c.timeoutMs, async () => {
    const reading = await named.state.check(element);
    actual = reading.actual;
    return reading.holds === wanted;
  });
  if (holds) return;
  throw new Error(
    `expected ${target.description}${c.where} to be ${negated ? 'not ' : ''}${adjective}, but it is not: ${actual}`,
  );
}

const ROW = `xpath=ancestor-or-self::*[self::li or self::tr or @role='listitem' or @role='row' or @role='option' or @role='menuitem'][1]`;

/** "X has a mention badge": the inner thing shows inside X (X's element or the row that holds it). */
async function expectHas(c: Context, outer: Target, inner: Subject, negated: boolean): Promise<void> {
  const element = await shownElement(c, outer);
  // X's row (a list item, table row) when it has one: a sidebar link's badge sits next to its name.
  const rows = element.locator(ROW);
  const row = (await rows.count()) > 0 ? rows.first() : element;
  const target = await subjectTarget(c.world, c.page, row, inner);
  const where = ` in ${outer.description}${c.where}`;
  const holds = await until(
    c.page,
    c.timeoutMs,
    async () => (await anyVisible(target.candidates)) !== negated,
  );
  if (holds) return;
  if (negated) throw new Error(`expected ${target.description} not to be shown${where}, but it is`);
  throw new Error(
    `expected ${target.description}${where}, but it is not there (${waited(c.timeoutMs)}); ${await nearestFound(c.page, row, target.label)}`,
  );
}

async function expectCount(c: Context, target: Target, n: number): Promise<void> {
  let count = 0;
  const holds = await until(c.page, c.timeoutMs, async () => {
    count = await target.candidates[0].filter({ visible: true }).count();
    return count === n;
  });
  if (holds) return;
  throw new Error(
    `expected ${n} × ${target.description}${c.where}, but ${count} are shown (${waited(c.timeoutMs)})`,
  );
}

/** "You are in channel X": the app's current channel name (the thing "current channel" of the app's vocabulary). */
async function expectChannel(c: Context, raw: string | undefined, referent: boolean): Promise<void> {
  const name = referent ? c.world.memory.latest('channel')?.label : raw && unquote(raw);
  if (!name)
    throw new Error(
      'the line points at "that channel", but no earlier step created or opened a channel casebook remembers',
    );
  const thing = thingNamed('current channel');
  if (!thing) throw new Error('the app registers no thing "current channel" (its channel header title)');
  const title = (await thing.locate(c.page, c.world)).first();
  let actual = '';
  const holds = await until(c.page, c.timeoutMs, async () => {
    actual = ((await title.isVisible()) ? await textOf(title) : '').trim();
    return squash(actual) === squash(name) || squash(actual).startsWith(squash(name));
  });
  if (holds) return;
  throw new Error(
    `expected to be in the channel “${name}”, but the current channel is ${actual ? `“${actual}”` : 'not shown'} (${c.page.url()})`,
  );
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '[-_ ]?');

/** "Redirected to the login page", "the System Console page loads": URL, title or a heading names it. */
async function expectPage(c: Context, target: Target | string): Promise<void> {
  const name = typeof target === 'string' ? target : (target.label ?? '');
  const inUrl = new RegExp(slug(name), 'i');
  const heading = c.page.getByRole('heading', {
    name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'),
  });
  let title = '';
  const holds = await until(c.page, c.timeoutMs, async () => {
    title = await c.page.title().catch(() => '');
    return (
      inUrl.test(decodeURIComponent(new URL(c.page.url()).pathname)) ||
      squash(title).includes(squash(name)) ||
      (await anyVisible([heading]))
    );
  });
  if (holds) return;
  throw new Error(
    `expected the ${name} page, but the tab shows ${c.page.url()} (title “${title}”, no heading “${name}”)`,
  );
}

async function expectUrl(c: Context, fragment: string): Promise<void> {
  const holds = await until(c.page, c.timeoutMs, async () => c.page.url().includes(fragment));
  if (holds) return;
  throw new Error(`expected the URL to contain “${fragment}”, but it is ${c.page.url()}`);
}

async function actorPage(world: CasebookWorld, actor: string): Promise<Page> {
  const wanted = squash(actor.replace(/^the\s+/i, ''));
  const session = world.sessions
    .all()
    .find((s) => squash(s.name) === wanted || squash(s.user?.username ?? '') === wanted);
  if (!session)
    throw new Error(
      `the line says what ${actor} sees, but this scenario has no browser session for ${actor} (sessions: ${
        world.sessions
          .all()
          .map((s) => s.name)
          .join(', ') || 'none'
      })`,
    );
  return session.page;
}
