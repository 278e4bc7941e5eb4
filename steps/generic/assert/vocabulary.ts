import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../../support/world';
import { squash } from '../similarity';

/**
 * The nouns of the assertion language ("Then" lines), which domain areas extend without writing a regex:
 *
 * - a **place** is where a line looks: "in the RHS", "in the channel header", "in the “Invite People” modal".
 *   `registerPlace({ names: ['RHS', 'right-hand side'], locate: (page) => page.locator('#sidebar-right') })`;
 *   a place that takes a name ("the X modal", "the X menu") receives it as `name`.
 * - a **thing** is what a line talks about when it is not a visible label: "the channel name", "the reply
 *   box", "the mention badge". `registerThing({ names: ['channel name'], locate: (scope) => scope.locator(…) })`
 *   (`scope` is the place the line names, or the page).
 * - a **state** is an adjective a thing can have: "bold", "muted", "pinned". Generic states (checked,
 *   disabled, selected, expanded, focused, read-only…) are built in (`states.ts`); an area registers its own
 *   with `registerState({ names: ['pinned'], check: async (target) => ({ holds, actual }) })`.
 *
 * Names are compared without case, spaces, punctuation, a leading article or a plural "s", and each name may
 * be registered once: a second registration of the same name throws at load time, naming both, so that a line
 * never has two meanings. The grammar reads the names when the step files are loaded (a line whose unquoted
 * subject is neither a registered noun nor a label-like phrase stays unbound), so register at module load.
 */

export type Scope = Page | Locator;

export interface Place {
  /** How testers call it: "RHS", "right-hand side", "reply thread". */
  names: string[];
  /** The element of the place; `name` is the quoted or capitalised name of a named place ("Invite People"). */
  locate(page: Page, name: string | undefined, world: CasebookWorld | undefined): Locator;
  /** Whether the place is named by the line ("the “Edit Header” modal"); such places also match by name alone. */
  named?: boolean;
  /** Where the registration sits, for errors about duplicate names (filled in by registerPlace). */
  origin?: string;
}

export interface Thing {
  names: string[];
  /** The thing inside `scope` (the place the line names, or the whole page). May match several elements. */
  locate(scope: Scope, world: CasebookWorld | undefined): Locator | Promise<Locator>;
  /** The place the thing lives in when the line names none ("the channel name" → the channel header). */
  home?: string;
  /** Whether an earlier step left it on screen: "X disappears" proves nothing about a thing never shown. */
  seenBefore?: (world: CasebookWorld) => boolean;
  origin?: string;
}

export interface StateReading {
  holds: boolean;
  /** What the element showed instead, for the failure message ("aria-checked=false", "font-weight 400"). */
  actual: string;
}

export interface State {
  /** Adjectives for the state: "bold", "unread". */
  names: string[];
  /** Adjectives for the opposite state, checked as the negation: "read", "not bold". */
  opposites?: string[];
  check(target: Locator): Promise<StateReading>;
  origin?: string;
}

type Entry = Place | Thing | State;

class Registry<T extends Entry> {
  private readonly byName = new Map<string, T>();
  constructor(private readonly kind: string) {}

  add(entry: T, names: string[]): void {
    entry.origin ??= callerOf();
    for (const name of names) {
      const key = nounKey(name);
      const existing = this.byName.get(key);
      if (existing && existing !== entry)
        throw new Error(
          `the ${this.kind} "${name}" is registered twice (${existing.origin} and ${entry.origin}): one name, one meaning`,
        );
      this.byName.set(key, entry);
    }
  }

  get(name: string): T | undefined {
    return this.byName.get(nounKey(name));
  }

  /** Every registered name (as written), longest first so that a regex alternation prefers "reply box" to "reply". */
  names(): string[] {
    return [...this.byName.keys()].sort((a, b) => b.length - a.length);
  }
}

/** Lookup key: no article, no case, no punctuation, no plural "s" ("the Channel Headers" = "channel header"). */
export function nounKey(name: string): string {
  const words = name
    .trim()
    .replace(/^(?:the|a|an|your|this|that)\s+/i, '')
    .replace(/(?<=\w\w)ies$/i, 'y')
    .replace(/(?<=\w\w\w)(?<![su])s$/i, '');
  return squash(words);
}

function callerOf(): string {
  const line = new Error().stack?.split('\n')[4] ?? '';
  return line.replace(/^\s*at\s+(?:.*\()?/, '').replace(/\)$/, '') || 'unknown';
}

const places = new Registry<Place>('place');
const things = new Registry<Thing>('thing');
const states = new Registry<State>('state');
const opposites = new Registry<State>('opposite state');
const written = { place: new Set<string>(), thing: new Set<string>(), state: new Set<string>() };

export function registerPlace(place: Place): void {
  places.add(place, place.names);
  for (const name of place.names) written.place.add(name);
}

export function registerThing(thing: Thing): void {
  things.add(thing, thing.names);
  for (const name of thing.names) written.thing.add(name);
}

export function registerState(state: State): void {
  states.add(state, state.names);
  opposites.add(state, state.opposites ?? []);
  for (const name of [...state.names, ...(state.opposites ?? [])]) written.state.add(name);
}

export function placeNamed(name: string): Place | undefined {
  return places.get(name);
}

export function thingNamed(name: string): Thing | undefined {
  return things.get(name);
}

/** The state an adjective names, and whether it names its opposite ("read" → unread, opposite). */
export function stateNamed(adjective: string): { state: State; opposite: boolean } | undefined {
  const state = states.get(adjective);
  if (state) return { state, opposite: false };
  const other = opposites.get(adjective);
  return other ? { state: other, opposite: true } : undefined;
}

/** Names of the places a line names with a name of their own ("the “Invite People” modal"). */
export function namedPlaceNames(): string[] {
  return registeredNames('place').filter((name) => placeNamed(name)?.named);
}

/** The names registered so far, as written, for the grammar's alternations. */
export function registeredNames(kind: keyof typeof written): string[] {
  return [...written[kind]].sort((a, b) => b.length - a.length);
}
