import {
  isLabel,
  isLinkDecoration,
  isNote,
  isOrnament,
  isRelatedHeader,
  isSeparator,
  isSubtitle,
  type ListMarker,
  splitListMarker,
  stepReference,
} from './classify';
import type { RenderedLine } from './inline';
import type { BlockItem, LineRole, TextItem } from './model';

// Hoisted: a regular expression literal is a new object each time it is evaluated, and these run on every line.
const ESCAPED_FENCE_START = /^(?:>\s*)?(?:```|~~~)/;
const ESCAPED_FENCE = /```|~~~/;
const PSEUDO_TABLE_ROW = /^\|.*\|/;
const BARE_URL = /<?https?:\/\/\S+/g;

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
  const reader = new ParagraphReader(lines, place);
  let index = 0;
  while (index < lines.length) index = reader.read(index);
  return reader.items;
}

class ParagraphReader {
  readonly items: BlockItem[] = [];
  private titleRun: TextItem[] = [];
  /** A numbered action ending with ":" takes in the unnumbered lines right under it (see opensContinuation). */
  private continued: TextItem | undefined;

  constructor(
    private readonly lines: readonly RenderedLine[],
    private readonly place: ParagraphPlace,
  ) {}

  /** Reads the line at `index` (and the literal run it opens) and returns the index of the next line to read. */
  read(index: number): number {
    const text = this.lines[index].text;
    if (!text || isSeparator(text)) {
      // A separator underlines the plain lines right above it: they are a title, not actions.
      if (text) for (const item of this.titleRun) item.role = 'title';
      this.breakRuns();
      return index + 1;
    }
    if (isPseudoTableRow(text) || ESCAPED_FENCE_START.test(text)) {
      const end = literalRunEnd(this.lines, index);
      const content = this.lines.slice(index, end).map((rendered) => rendered.text);
      this.items.push({ type: 'doc', content: content.join('\n'), line: this.place.firstLine + index });
      this.breakRuns();
      return end;
    }
    this.textLine(index);
    return index + 1;
  }

  private breakRuns(): void {
    this.titleRun = [];
    this.continued = undefined;
  }

  private textLine(index: number): void {
    const rendered = this.lines[index];
    const item = lineItem(rendered, this.place.firstLine + index, this.place, index === 0);
    const unmarked = item.number === undefined && item.role === 'step' && rendered.text === item.text;
    if (this.continued && unmarked && !stepReference(rendered.text)) {
      this.continued.text = `${this.continued.text} ${item.text}`;
      this.continued.linkText = `${this.continued.linkText} ${item.linkText}`;
    } else {
      this.items.push(item);
      this.continued = opensContinuation(item) ? item : undefined;
    }
    if (unmarked) this.titleRun.push(item);
    else this.titleRun = [];
  }
}

/**
 * A numbered action that ends with ":" and goes on over hard-broken lines without a number of their own is one
 * action: `1.Post:\` `/test url test-markdown-basics.md\` `into a channel` (MM-T2241).
 */
function opensContinuation(item: TextItem): boolean {
  return item.number !== undefined && item.role === 'step' && item.text.endsWith(':');
}

/** `\| a \| b \|` written as text: a literal table to post, not a markdown table. */
function isPseudoTableRow(text: string): boolean {
  return PSEUDO_TABLE_ROW.test(text);
}

/** Pseudo-table rows run while lines look like rows; an escaped fence runs to its closing fence. */
function literalRunEnd(lines: readonly RenderedLine[], start: number): number {
  let end = start + 1;
  if (isPseudoTableRow(lines[start].text)) {
    while (end < lines.length && isPseudoTableRow(lines[end].text)) end++;
    return end;
  }
  while (end < lines.length && !ESCAPED_FENCE.test(lines[end].text)) end++;
  return Math.min(end + 1, lines.length);
}

function lineItem(rendered: RenderedLine, line: number, place: ParagraphPlace, first: boolean): TextItem {
  const opensItem = first && place.listItem === true;
  const marker = opensItem
    ? { rest: rendered.text, number: place.listNumber }
    : splitListMarker(rendered.text);
  const linkText = opensItem ? rendered.linkText : unmarked(rendered.linkText, rendered.text, marker);
  const outside = opensItem ? rendered.outside : unmarked(rendered.outside, rendered.text, marker);
  const role = roleOf(marker.rest, outside, rendered);
  return textItem(marker.rest, linkText, role, line, place.depth, marker.number);
}

/** `text` without its list marker: one equal to the line's text (no links on it) loses the same marker. */
function unmarked(text: string, lineText: string, marker: ListMarker): string {
  return text === lineText ? marker.rest : splitListMarker(text).rest;
}

/** Bare URLs (not markdown links: linkify is off) count as links too. */
function withoutUrls(text: string): string {
  return text.replace(BARE_URL, '');
}

/** `outside`: the line's text outside links, list marker removed. */
function roleOf(text: string, outside: string, rendered: RenderedLine): LineRole {
  if (isOrnament(text)) return 'ornament';
  if (isRelatedHeader(text)) return rendered.links > 0 ? 'related' : 'related-header';
  if (rendered.links > 0 && isLinkDecoration(withoutUrls(outside))) {
    return rendered.images > 0 ? 'image' : 'link';
  }
  const withoutBareUrls = withoutUrls(text);
  if (withoutBareUrls !== text && isLinkDecoration(withoutBareUrls)) return 'url';
  if (rendered.images > 0 && isLinkDecoration(outside)) return 'image';
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
