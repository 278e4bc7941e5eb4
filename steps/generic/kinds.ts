import type { Kind } from './locate';

/** The locator kind for an element word of a step ("button", "menu item", "text box"…). */
export function kindOf(word: string | null | undefined, fallback: Kind = 'clickable'): Kind {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!w) return fallback;
  if (w === 'button' || w === 'icon' || w === 'toggle' || w === 'menu') return 'button';
  if (w === 'link') return 'link';
  if (/^(menu ?item|menu option|item|entry)$/.test(w)) return 'menuitem';
  if (w === 'tab') return 'tab';
  if (/^radio( button)?$/.test(w)) return 'radio';
  if (/^check ?box$/.test(w)) return 'checkbox';
  if (w === 'option') return 'option';
  if (/^(field|input|text ?box|box)$/.test(w)) return 'field';
  return fallback;
}

/**
 * Splits a trailing element word off an unquoted label: "Save button" → ["Save", "button"]; the longest element
 * word wins ("Delete Category menu option" → ["Delete Category", "menu option"]).
 */
export function splitKind(label: string): [string, string | undefined] {
  const match =
    /^(.*?\S)\s+(button|link|menu item|menuitem|menu option|option|tab|radio button|radio|checkbox|check box|icon|field|input|text ?box|toggle)$/i.exec(
      label,
    );
  return match ? [match[1], match[2]] : [label, undefined];
}
