/** The phrasebook's chapters: a step file's area, in the order a case is written (go, act, check). */
const AREAS: [RegExp, string][] = [
  [/^steps\/generic\/navigation\./, 'Navigation'],
  [/^steps\/generic\/(?:click|type)\./, 'Click and type'],
  [/^steps\/generic\/keys\./, 'Keyboard'],
  [/^steps\/generic\/menu\./, 'Menus'],
  [/^steps\/generic\/dialogs\./, 'Dialogs'],
  [/^steps\/generic\/wait\./, 'Waiting'],
  [/^steps\/(?:session|session-expiry|active-sessions)\./, 'Sign-in and sessions'],
  [/^steps\/(?:messaging|posts?)\./, 'Posts'],
  [/^steps\/threads?\./, 'Threads'],
  [/^steps\/channels?\./, 'Channels'],
  [/^steps\/(?:settings|notifications|profile|password)\./, 'Settings'],
  [/^steps\/(?:console|system-console)\./, 'System Console'],
  [/^steps\/generic\/see\./, 'Assertions'],
];

const ORDER = [...new Set(AREAS.map(([, area]) => area))];

/** The area of a step file: known ones by name, any other by its file name ("steps/search.steps.ts" → Search). */
export function areaOf(uri: string): string {
  const known = AREAS.find(([pattern]) => pattern.test(uri));
  if (known) return known[1];
  const base =
    uri
      .split('/')
      .pop()
      ?.replace(/\.steps\.[jt]s$|\.[jt]s$/, '') ?? uri;
  return base.charAt(0).toUpperCase() + base.slice(1).replace(/[-_]+/g, ' ');
}

/** Known areas in reading order, then the others alphabetically. */
export function compareAreas(a: string, b: string): number {
  const rank = (area: string) => {
    const index = ORDER.indexOf(area);
    return index < 0 ? ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
