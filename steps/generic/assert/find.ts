import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { textPattern } from '../expect';
import { kindOf } from '../kinds';
import { ROLES as ACTION_ROLES, forgivingName, type Kind } from '../locate';
import { isQuoted, unquote } from '../phrase';
import { aliasFor } from '../vocabulary';
import type { PlaceRef, Subject } from './grammar';
import { alternation, ELEMENT } from './pieces';
import { namedPlaceNames, placeNamed, type Scope, thingNamed } from './vocabulary';

/** What the line points at, as Playwright locators (possibly matching nothing yet), and how to name it. */
export interface Target {
  /** Elements that show the subject, best first; the first visible one counts. */
  candidates: Locator[];
  /** "“Saved”", "the channel header", "the message “Hello” (posted in this scenario)". */
  description: string;
  /** The text a tester reads for it, for "nearest thing found" and for "was it shown before" (labels). */
  label?: string;
  /** For a subject without a label: whether an earlier step left it on screen ("the modal closes"). */
  seenBefore?: (world: CasebookWorld) => boolean;
  /** A quoted text: its absence only means something if the scenario showed it before (else any typo passes). */
  quoted?: boolean;
}

// What a "Then" line names without a kind is anything a tester reads as a named element, headings included.
const ROLES: Record<Kind, Parameters<Page['getByRole']>[0][]> = {
  ...ACTION_ROLES,
  clickable: ['button', 'link', 'menuitem', 'tab', 'option', 'checkbox', 'radio', 'switch', 'heading'],
};

/** Element words that name an interactive kind; others ("text", "message", "banner") just describe text. */
const CONTROL_WORDS =
  /^(?:button|link|menu\s*item|menu\s+option|option|tab|radio(?:\s+button)?|check\s?box|icon|field|input|text\s?box|toggle|item|entry|dropdown\s+option|list\s+item|setting)$/i;

function normalized(word: string | undefined): string {
  return (word ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|a|an) /, '')
    .trim();
}

/** Elements whose accessible name, label, title or text is `name` (quoted: contains; bare: the whole of it). */
/**
 * A bare label's name: the whole accessible name or text, allowing a trailing count ("Off-Topic 2": a sidebar
 * link with its mention badge) but no other words.
 */
function wholeName(name: string): RegExp {
  const whole = forgivingName(name, true);
  const end = String.raw`[^\p{L}\p{N}]*$`;
  if (!whole.source.endsWith(end)) return whole;
  return new RegExp(`${whole.source.slice(0, -end.length)}[^\\p{L}]*$`, whole.flags);
}

function byName(scope: Scope, name: string, kind: Kind | undefined, whole: boolean): Locator[] {
  const named = whole ? wholeName(name) : forgivingName(name, false);
  const roles = (kind ? ROLES[kind] : ROLES.clickable).map((role) => scope.getByRole(role, { name: named }));
  if (kind && kind !== 'clickable') return [...roles, scope.getByLabel(named), scope.getByTitle(named)];
  const text = whole ? scope.getByText(named) : scope.getByText(textPattern(name));
  return [
    text,
    ...roles,
    scope.getByLabel(named),
    scope.getByTitle(named),
    scope.getByAltText(named),
    scope.getByPlaceholder(named),
  ];
}

function labelTarget(scope: Scope, subject: Extract<Subject, { type: 'label' }>): Target {
  const text = unquote(subject.text);
  const element = normalized(subject.element ?? subject.noun?.replace(/^(?:the|a|an)\s+/i, ''));
  const kind = CONTROL_WORDS.test(element) ? kindOf(element === 'icon' ? 'button' : element) : undefined;
  const alias = subject.quoted ? undefined : aliasFor(text);
  const candidates = [
    ...(alias?.css ?? []).map((css) => scope.locator(css)),
    ...byName(scope, text, kind, !subject.quoted),
  ];
  const what = subject.quoted ? `“${text}”` : `“${text}”`;
  return {
    candidates,
    description: element ? `the ${element} ${what}` : what,
    label: text,
    quoted: subject.quoted,
  };
}

async function referentTarget(world: CasebookWorld, scope: Scope, noun: string): Promise<Target> {
  const kinds =
    noun === 'message' || noun === 'comment'
      ? ['post', 'reply']
      : noun === 'reply'
        ? ['reply', 'post']
        : [noun];
  for (const kind of kinds) {
    const item = world.memory.latest(kind);
    if (!item) continue;
    const byId = item.id ? [scope.locator(`[id="post_${item.id}"], [id="rhsPost_${item.id}"]`)] : [];
    return {
      candidates: [...byId, scope.getByText(textPattern(item.label))],
      description: `the ${noun} “${item.label}” (from ${item.at ? `step ${item.at.action ?? '?'}` : 'an earlier step'})`,
      label: item.label,
    };
  }
  throw new Error(
    `the line points at "the ${noun}", but no earlier step of this scenario created or opened a ${noun} that casebook remembers`,
  );
}

/** The locator of a place the line names ("in the RHS", "the “Invite People” modal"). */
export function placeLocator(
  page: Page,
  ref: PlaceRef,
  world?: CasebookWorld,
): { locator: Locator; description: string } {
  // "in context menu" reads as a menu named "context" unless the two words are a place's own name.
  const whole = ref.placeName && !/^\W/.test(ref.placeName) ? `${ref.placeName} ${ref.name}` : undefined;
  if (whole && placeNamed(whole))
    return placeLocator(page, { ...ref, name: whole, placeName: undefined }, world);
  const place = placeNamed(ref.name);
  if (!place)
    throw new Error(`no place called "${ref.name}" is registered (steps/generic/assert/vocabulary.ts)`);
  const name = ref.placeName ? unquote(ref.placeName) : undefined;
  if (name && !place.named) throw new Error(`the place "${ref.name}" has no names of its own ("${name}")`);
  const description = name ? `the “${name}” ${ref.name}` : `the ${ref.name}`;
  return { locator: place.locate(page, name, world), description };
}

const ELEMENT_WORD = new RegExp(`^(.*\\S)\\s+(${ELEMENT})$`, 'i');

/**
 * What an unquoted phrase means: a registered thing, a registered place, a named place ("Profile Settings
 * modal"), a label with a kind word ("Edit button"), or else a visible text or control name.
 */
export function nounSubject(text: string): Subject {
  const phrase = text.trim().replace(/^(?:the|a|an|your|its|their)\s+/i, '');
  if (thingNamed(phrase)) return { type: 'thing', name: phrase };
  if (placeNamed(phrase)) return { type: 'place', name: phrase };
  for (const name of namedPlaceNames()) {
    const match = new RegExp(`^(.*\\S)\\s+${alternation([name])}$`, 'i').exec(phrase);
    if (match) return { type: 'place', name, placeName: match[1] };
  }
  const kind = ELEMENT_WORD.exec(phrase);
  if (kind) return { type: 'label', text: kind[1], quoted: false, element: kind[2] };
  return { type: 'label', text: phrase, quoted: false };
}

/** Candidates for the subject of a line, inside `scope` (the place the line names, or the page). */
export async function subjectTarget(
  world: CasebookWorld | undefined,
  page: Page,
  scope: Scope,
  subject: Subject,
): Promise<Target> {
  switch (subject.type) {
    case 'label':
      return labelTarget(scope, subject);
    case 'thing': {
      const thing = thingNamed(subject.name);
      if (!thing) throw new Error(`no thing called "${subject.name}" is registered`);
      const home =
        scope === page && thing.home ? placeLocator(page, { name: thing.home }, world).locator : scope;
      return {
        candidates: [await thing.locate(home, world)],
        description: `the ${subject.name}`,
        seenBefore: thing.seenBefore,
      };
    }
    case 'place': {
      const { locator, description } = placeLocator(page, subject, world);
      return {
        candidates: [locator],
        description,
        label: subject.placeName ? unquote(subject.placeName) : undefined,
      };
    }
    case 'referent':
      if (!world) throw new Error('a referent needs the scenario');
      return referentTarget(world, scope, subject.noun);
    case 'noun':
      return subjectTarget(world, page, scope, nounSubject(subject.text));
  }
}

/** The first visible element among the candidates, or undefined. */
export async function firstVisible(candidates: Locator[]): Promise<Locator | undefined> {
  for (const candidate of candidates) {
    const visible = candidate.filter({ visible: true });
    if ((await visible.count()) > 0) return visible.first();
  }
  return undefined;
}

/** Whether any candidate is visible now. */
export async function anyVisible(candidates: Locator[]): Promise<boolean> {
  return (await firstVisible(candidates)) !== undefined;
}

export { isQuoted };
