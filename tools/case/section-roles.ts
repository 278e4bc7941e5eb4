import { opensNoteBlock } from './classify';
import { cleanText } from './inline';
import type { BlockItem, TextItem } from './model';

const TITLE_MARKUP = /[*_`\\]/g;
const TRAILING_PUNCTUATION = /[.:]$/;

/**
 * Roles that depend on a line's neighbours in its section: the repeated case title on the first line, links
 * under a "Related ticket(s)" header, and everything after "Important notes about this step".
 */
export function classifySection(items: BlockItem[], name: string): BlockItem[] {
  const texts = items.filter((item): item is TextItem => item.type === 'text');
  // A first line repeating the name heads the lines below it; alone, it is the action itself.
  const headsOthers = texts.slice(1).some((item) => item.role === 'step');
  for (const item of texts) {
    const repeatsName = item.role === 'title' || (item === texts[0] && item.role === 'step' && headsOthers);
    if (repeatsName && sameTitle(item.text, name)) item.role = 'case-name';
  }
  let inRelated = false;
  let inNotes = false;
  for (const item of texts) {
    inNotes ||= opensNoteBlock(item.text);
    if (inNotes) {
      item.role = 'note';
      continue;
    }
    if (inRelated && item.role === 'link') item.role = 'related';
    inRelated = item.role === 'related-header' || (inRelated && item.role === 'related');
  }
  return items;
}

function sameTitle(line: string, name: string): boolean {
  return comparableTitle(line) === comparableName(name);
}

// Every section of a case compares its lines with the same name: work it out once per case.
let lastName: string | undefined;
let lastNameTitle = '';

function comparableName(name: string): string {
  if (name !== lastName) {
    lastName = name;
    lastNameTitle = comparableTitle(name);
  }
  return lastNameTitle;
}

function comparableTitle(text: string): string {
  return cleanText(text.replace(TITLE_MARKUP, '')).toLowerCase().replace(TRAILING_PUNCTUATION, '');
}
