import type MarkdownIt from 'markdown-it';
import { cleanText, renderInlineLines, renderInlineText } from './inline';
import type { BlockItem, DocItem, TableItem } from './model';
import { paragraphItems, textItem } from './paragraph';
import { classifySection } from './section-roles';

type Token = MarkdownIt.Token;

export interface ItemContext {
  /** Lines of the file before the markdown body (front matter). */
  bodyOffset: number;
  /** The case name: a first line repeating it is a title, not an action. */
  name: string;
}

/** Turns the block tokens of one section (`tokens[start..end)`) into text lines, DocStrings and tables. */
export function extractItems(
  tokens: readonly Token[],
  start: number,
  end: number,
  ctx: ItemContext,
): BlockItem[] {
  const walker = new BlockWalker(tokens, ctx);
  walker.walk(start, end);
  return classifySection(walker.items, ctx.name);
}

class BlockWalker {
  readonly items: BlockItem[] = [];
  private listLevel = 0;
  private pendingNumber: number | undefined;
  private pendingItem = false;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly ctx: ItemContext,
  ) {}

  walk(start: number, end: number): void {
    let index = start;
    while (index < end) index = this.visit(index, end);
  }

  /** Handles the token at `index` and returns the index of the next token to visit. */
  private visit(index: number, end: number): number {
    const token = this.tokens[index];
    switch (token.type) {
      case 'paragraph_open':
        this.paragraph(this.tokens[index + 1], 'paragraph');
        return index + 3;
      case 'heading_open':
        this.paragraph(this.tokens[index + 1], 'heading');
        return index + 3;
      case 'bullet_list_open':
      case 'ordered_list_open':
        this.listLevel++;
        return index + 1;
      case 'bullet_list_close':
      case 'ordered_list_close':
        this.listLevel--;
        return index + 1;
      case 'list_item_open':
        this.pendingNumber = token.info ? Number(token.info) : undefined;
        this.pendingItem = true;
        return index + 1;
      case 'list_item_close':
        this.pendingNumber = undefined;
        this.pendingItem = false;
        return index + 1;
      case 'fence':
      case 'code_block':
        this.items.push(this.doc(token.content.replace(/\n$/, ''), token, token.info));
        return index + 1;
      case 'html_block':
        this.html(token);
        return index + 1;
      case 'table_open':
        return this.table(index, end);
      case 'blockquote_open':
        return this.blockquote(index, end);
      default:
        return index + 1;
    }
  }

  private lineOf(token: Token, offset = 0): number {
    return this.ctx.bodyOffset + (token.map?.[0] ?? 0) + offset + 1;
  }

  private paragraph(inline: Token, kind: 'paragraph' | 'heading'): void {
    const depth = Math.max(0, this.listLevel - 1);
    const firstLine = this.lineOf(inline);
    const lines = renderInlineLines(inline.children ?? []);
    if (kind === 'heading') {
      for (const [offset, line] of lines.entries()) {
        if (line.text)
          this.items.push(textItem(line.text, line.linkText, 'subtitle', firstLine + offset, depth));
      }
      return;
    }
    const place = { firstLine, depth, listNumber: this.pendingNumber, listItem: this.pendingItem };
    // A loop, not a spread: a paragraph of ~150,000 lines would overflow the stack as arguments.
    for (const item of paragraphItems(lines, place)) this.items.push(item);
    this.pendingNumber = undefined;
    this.pendingItem = false;
  }

  private doc(content: string, token: Token, info = ''): DocItem {
    const mediaType = /^[\w.+-]+$/.test(info.trim()) ? info.trim() : undefined;
    return { type: 'doc', content, mediaType, line: this.lineOf(token) };
  }

  private html(token: Token): void {
    const content = token.content.trim();
    if (content.startsWith('<!--') && content.endsWith('-->')) return;
    const lines = token.content.replace(/\n$/, '').split('\n');
    for (const [offset, raw] of lines.entries()) {
      const text = cleanText(raw);
      if (text) this.items.push(textItem(text, text, 'step', this.lineOf(token, offset), 0));
    }
  }

  private table(start: number, end: number): number {
    const table: TableItem = { type: 'table', rows: [], line: this.lineOf(this.tokens[start]) };
    let index = start + 1;
    for (; index < end && this.tokens[index].type !== 'table_close'; index++) {
      const token = this.tokens[index];
      if (token.type === 'tr_open') table.rows.push([]);
      if (token.type === 'inline')
        table.rows[table.rows.length - 1].push(renderInlineText(token.children ?? []));
    }
    this.items.push(table);
    return index + 1;
  }

  /** A blockquote is quoted literal text (a message to expect or post): one DocString. */
  private blockquote(start: number, end: number): number {
    let close = start + 1;
    for (let level = 1; close < end; close++) {
      if (this.tokens[close].type === 'blockquote_open') level++;
      if (this.tokens[close].type === 'blockquote_close' && --level === 0) break;
    }
    const inner = new BlockWalker(this.tokens, this.ctx);
    inner.walk(start + 1, close);
    const content = inner.items.map(itemAsText).join('\n');
    if (content) this.items.push(this.doc(content, this.tokens[start]));
    return close + 1;
  }
}

function itemAsText(item: BlockItem): string {
  if (item.type === 'text') return item.text;
  if (item.type === 'doc') return item.content;
  return item.rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
}
