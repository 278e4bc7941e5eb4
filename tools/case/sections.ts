import type MarkdownIt from 'markdown-it';
import { renderInlineText } from './inline';
import { extractItems, type ItemContext } from './items';
import { BOLD_START, parseMarkdown } from './markdown';
import type { BlockItem, InlineStep, StepSection } from './model';

type Token = MarkdownIt.Token;

const HEADER =
  /^(?:Step (\d+(?:\.\d+)*)(?: from ([A-Z][A-Z0-9]*-T\d+)\s*:?\s*(.*))?|(Expected|Test Data|Precondition|Objective))$/;

interface Header {
  kind: 'step' | 'Expected' | 'Test Data' | 'Precondition' | 'Objective';
  number: string;
  calleeKey?: string;
  calleeName?: string;
  line: number;
  /** Token range of the section content. */
  start: number;
  end: number;
}

interface FlatStep extends InlineStep {
  call?: { key: string; name: string };
}

export interface CaseBody {
  objective: BlockItem[];
  precondition?: { line: number; items: BlockItem[] };
  steps: StepSection[];
}

/**
 * Splits a case body at its `**Step N**`, `**Expected**`, `**Test Data**`, `**Precondition**` and `**Objective**`
 * header paragraphs (also the `_**Step 1.2**_` headers of the copies under `**Step N from MM-TX: …**` calls).
 */
export function parseBody(body: string, ctx: ItemContext): CaseBody {
  const tokens = parseMarkdown(body);
  const headers = findHeaders(tokens, ctx.bodyOffset);
  const result: CaseBody = { objective: [], steps: [] };
  const flat: FlatStep[] = [];
  for (const header of headers) {
    const items = extractItems(tokens, header.start, header.end, ctx);
    if (header.kind === 'step') flat.push(stepOf(header, items));
    else if (header.kind === 'Objective') for (const item of items) result.objective.push(item);
    else if (header.kind === 'Precondition') result.precondition = { line: header.line, items };
    else attach(flat, header, items);
  }
  result.steps = nest(flat);
  return result;
}

function findHeaders(tokens: readonly Token[], bodyOffset: number): Header[] {
  const headers: Header[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.type !== 'paragraph_open' || token.level !== 0 || !BOLD_START.test(tokens[index + 1].content))
      continue;
    const title = headerOf(tokens[index + 1]);
    if (!title) continue;
    const line = bodyOffset + (token.map?.[0] ?? 0) + 1;
    if (headers.length > 0) headers[headers.length - 1].end = index;
    // Spelled out: a spread of objects of varying shape builds slow dictionary objects.
    const { kind, number, calleeKey, calleeName } = title;
    headers.push({ kind, number, calleeKey, calleeName, line, start: index + 3, end: tokens.length });
  }
  return headers;
}

function headerOf(inline: Token): Omit<Header, 'line' | 'start' | 'end'> | undefined {
  // Emphasis delimiters leave empty text tokens around them.
  const children = (inline.children ?? []).filter((child) => child.type !== 'text' || child.content !== '');
  let from = 0;
  let to = children.length;
  if (children[0]?.type === 'em_open' && children[to - 1]?.type === 'em_close') {
    from++;
    to--;
  }
  if (to - from < 3 || children[from].type !== 'strong_open' || children[to - 1].type !== 'strong_close') {
    return undefined;
  }
  const inner = children.slice(from + 1, to - 1);
  if (inner.some((child) => child.type === 'softbreak' || child.type === 'hardbreak')) return undefined;
  const match = HEADER.exec(renderInlineText(inner));
  if (!match) return undefined;
  if (match[4]) return { kind: match[4] as Header['kind'], number: '' };
  return { kind: 'step', number: match[1], calleeKey: match[2], calleeName: match[3]?.trim() };
}

function stepOf(header: Header, actions: BlockItem[]): FlatStep {
  const step: FlatStep = { type: 'inline', number: header.number, line: header.line, actions };
  if (header.calleeKey) step.call = { key: header.calleeKey, name: header.calleeName ?? '' };
  return step;
}

function attach(flat: FlatStep[], header: Header, items: BlockItem[]): void {
  // Expected or Test Data before any Step (never seen in the corpus) still gets a step to live in.
  if (flat.length === 0) flat.push({ type: 'inline', number: '1', line: header.line, actions: [] });
  const step = flat[flat.length - 1];
  const section = { line: header.line, items };
  if (header.kind === 'Expected') step.expected = section;
  else step.testData = section;
}

/** Rebuilds call copies: after `Step 2 from MM-TX`, the steps numbered 2.1, 2.1.1, … are its copy. */
function nest(flat: readonly FlatStep[]): StepSection[] {
  let index = 0;
  const take = (parent?: string): StepSection[] => {
    const sections: StepSection[] = [];
    while (index < flat.length && (parent === undefined || flat[index].number.startsWith(`${parent}.`))) {
      const { call, ...step } = flat[index++];
      if (!call) {
        sections.push(step);
        continue;
      }
      const copy = take(step.number);
      sections.push({
        type: 'call',
        number: step.number,
        line: step.line,
        calleeKey: call.key,
        calleeName: call.name,
        copy,
      });
    }
    return sections;
  };
  return take();
}
