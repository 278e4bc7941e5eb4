import { squash } from './similarity';

/**
 * What a phrase means in the app under test when it is not an element's visible name: "hamburger menu" is the
 * button named "main menu", "center message box" is #post_textbox. Domain files register their words here;
 * the generic locator tries them before the literal name.
 */
export interface Alias {
  /** CSS selectors tried in order (ids of the real app and its older versions). */
  css?: string[];
  /** Other accessible names to look for. */
  names?: string[];
}

const aliases = new Map<string, Alias>();

export function defineAlias(phrases: string[], alias: Alias): void {
  for (const phrase of phrases) aliases.set(squash(phrase), alias);
}

export function aliasFor(phrase: string): Alias | undefined {
  return aliases.get(squash(phrase));
}
