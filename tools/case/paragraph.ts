import {
  isLabel,
  isLinkDecoration,
  isNote,
  isOrnament,
  isRelatedHeader,
  isSeparator,
  isSubtitle,
  splitListMarker,
} from './classify';
import type { RenderedLine } from './inline';
import type { BlockItem, LineRole, TextItem } from './model';

export interface ParagraphPlace {
  /** File line of the paragraph's first line. */
  firstLine: number;
  depth: number;
  /** Set when the paragraph opens a markdown list item (its marker is already consumed). */
  listNumber?: number;
  listItem?: boolean;
}

/**
 * One markdown paragraph → items. The corpus writes many structures inside a single paragraph with `\` hard
 * breaks: escaped lists (`1\.`), title + separator lines, pseudo-tables (`\|`), escaped fences.
 */
export function paragraphItems(lines: readonly RenderedLine[], place: ParagraphPlace): BlockItem[] {
  const items: BlockItem[] = [];
  let titleRun: TextItem[] = [];
  let index = 0;
  while (index < lines.length) {
    const text = lines[index].text;
    const line = place.firstLine + index;
    if (!text || isSeparator(text)) {
      // A separator underlines the plain lines right above it: they are a title, not actions.
      if (text) for (const item of titleRun) item.role = 'title';
      titleRun = [];
      index++;
    } else if (isPseudoTableRow(text) || /^(?:>\s*)?(?:```|~~~)/.test(text)) {
      const end = literalRunEnd(lines, index);
      const content = lines.slice(index, end).map((rendered) => rendered.text);
      items.push({ type: 'doc', content: content.join('\n'), line });
      titleRun = [];
      index = end;
    } else {
      const item = lineItem(lines[index], line, place, index === 0);
      items.push(item);
      titleRun =
        item.number === undefined && item.role === 'step' && text === item.text ? [...titleRun, item] : [];
      index++;
    }
  }
  return items;
}

/** `\| a \| b \|` written as text: a literal table to post, not a markdown table. */
function isPseudoTableRow(text: string): boolean {
  return /^\|.*\|/.test(text);
}

/** Pseudo-table rows run while lines look like rows; an escaped fence runs to its closing fence. */
function literalRunEnd(lines: readonly RenderedLine[], start: number): number {
  let end = start + 1;
  if (isPseudoTableRow(lines[start].text)) {
    while (end < lines.length && isPseudoTableRow(lines[end].text)) end++;
    return end;
  }
  while (end < lines.length && !/```|~~~/.test(lines[end].text)) end++;
  return Math.min(end + 1, lines.length);
}

function lineItem(rendered: RenderedLine, line: number, place: ParagraphPlace, first: boolean): TextItem {
  const opensItem = first && place.listItem === true;
  const marker = opensItem
    ? { rest: rendered.text, number: place.listNumber }
    : splitListMarker(rendered.text);
  const linkText = opensItem ? rendered.linkText : splitListMarker(rendered.linkText).rest;
  const outside = opensItem ? rendered.outside : splitListMarker(rendered.outside).rest;
  const role = roleOf(marker.rest, { ...rendered, outside });
  return textItem(marker.rest, linkText, role, line, place.depth, marker.number);
}

/** Bare URLs (not markdown links: linkify is off) count as links too. */
function withoutUrls(text: string): string {
  return text.replace(/<?https?:\/\/\S+/g, '');
}

function roleOf(text: string, rendered: RenderedLine): LineRole {
  if (isOrnament(text)) return 'ornament';
  if (isRelatedHeader(text)) return rendered.links > 0 ? 'related' : 'related-header';
  if (rendered.links > 0 && isLinkDecoration(withoutUrls(rendered.outside))) {
    return rendered.images > 0 ? 'image' : 'link';
  }
  if (withoutUrls(text) !== text && isLinkDecoration(withoutUrls(text))) return 'url';
  if (rendered.images > 0 && isLinkDecoration(rendered.outside)) return 'image';
  if (isSubtitle(text)) return 'subtitle';
  if (isNote(text)) return 'note';
  if (isLabel(text)) return 'label';
  return 'step';
}

export function textItem(
  text: string,
  linkText: string,
  role: LineRole,
  line: number,
  depth: number,
  number?: number,
): TextItem {
  return number === undefined
    ? { type: 'text', text, linkText, role, line, depth }
    : { type: 'text', text, linkText, role, line, depth, number };
}
