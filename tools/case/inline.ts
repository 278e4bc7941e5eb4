import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** One physical line of an inline token, rendered back to readable text. */
export interface RenderedLine {
  /** Markdown escapes resolved; emphasis markers and code spans kept; links as "text (url)". */
  text: string;
  /** Same, but links as "text url" (for related-ticket lines in the description). */
  linkText: string;
  /** The text outside links and images: tells link-only and image-only lines apart. */
  outside: string;
  links: number;
  images: number;
}

// Most lines are already clean; testing first avoids rebuilding every string (this runs for every line).
// Any whitespace but the space (JavaScript's \s spelled out), a zero-width character, or a space that is
// doubled, leading or trailing: one character class is about a third faster than `[^\S ]|\s\s|^\s|\s$`.
const NEEDS_CLEANING =
  /[\t\n\v\f\r\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]| {2}|^ | $/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE_RUN = /\s+/g;

/** NBSP-like spaces become spaces, zero-width characters go, whitespace runs collapse. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(ZERO_WIDTH, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Splits an inline token's children at soft and hard breaks; each source line becomes one rendered line. */
export function renderInlineLines(children: readonly Token[]): RenderedLine[] {
  const lines: RenderedLine[] = [];
  let line = emptyLine();
  let link: { href: string; autolink: boolean; start: number } | undefined;
  for (const token of children) {
    switch (token.type) {
      case 'softbreak':
      case 'hardbreak':
        lines.push(finish(line));
        line = emptyLine();
        break;
      case 'link_open':
        diverge(line);
        link = {
          href: String(token.attrGet('href') ?? ''),
          autolink: token.markup === 'autolink',
          start: line.text.length,
        };
        line.links++;
        break;
      case 'link_close':
        if (link) closeLink(line, link);
        link = undefined;
        break;
      case 'image':
        addImage(line, token);
        break;
      default:
        append(line, literalOf(token), link !== undefined);
    }
  }
  lines.push(finish(line));
  return lines;
}

/** Renders an inline token as one line (table cells, headers). */
export function renderInlineText(children: readonly Token[]): string {
  return cleanText(
    renderInlineLines(children)
      .map((line) => line.text)
      .join(' '),
  );
}

// A literal rather than a spread of a template: spreading costs a map transition per property.
function emptyLine(): RenderedLine {
  return { text: '', linkText: '', outside: '', links: 0, images: 0 };
}

function literalOf(token: Token): string {
  switch (token.type) {
    case 'code_inline':
      return token.markup + token.content + token.markup;
    case 'strong_open':
    case 'strong_close':
    case 'em_open':
    case 'em_close':
    case 's_open':
    case 's_close':
      return token.markup;
    default:
      // text, text_special (escapes, entities) and html_inline carry their literal text in content
      return token.content;
  }
}

function append(line: RenderedLine, text: string, insideLink: boolean): void {
  line.text += text;
  if (line.links === 0 && line.images === 0) return; // the other two are still text itself (see diverge)
  line.linkText += text;
  if (!insideLink) line.outside += text;
}

/**
 * A line's three renderings are equal up to its first link or image, and most lines have none: they are only
 * kept apart from there on, so most lines build one string instead of three.
 */
function diverge(line: RenderedLine): void {
  if (line.links > 0 || line.images > 0) return;
  line.linkText = line.text;
  line.outside = line.text;
}

function closeLink(line: RenderedLine, link: { href: string; autolink: boolean; start: number }): void {
  const label = line.text.slice(link.start).trim();
  if (link.autolink || !link.href || label === link.href || `mailto:${label}` === link.href) return;
  line.text += ` (${link.href})`;
  line.linkText += ` ${link.href}`;
}

function addImage(line: RenderedLine, token: Token): void {
  diverge(line);
  const alt = token.content;
  const src = String(token.attrGet('src') ?? '');
  const rendered = alt ? `${alt} (${src})` : src;
  line.text += rendered;
  line.linkText += alt ? `${alt} ${src}` : src;
  line.images++;
}

function finish(line: RenderedLine): RenderedLine {
  const text = cleanText(line.text);
  if (line.links === 0 && line.images === 0)
    return { text, linkText: text, outside: text, links: 0, images: 0 };
  const { links, images } = line;
  return { text, linkText: cleanText(line.linkText), outside: cleanText(line.outside), links, images };
}
