/**
 * An independent check that the action, expected, test-data and precondition lines of a markdown case survive
 * into the steps of its generated feature. It deliberately shares no code with tools/case or tools/gherkin: it
 * reads the raw markdown line by line, and reads the feature back with @cucumber/gherkin.
 *
 * Lines that the conversion rules say are not steps are not counted: the case title and lines underlined by a
 * separator, separators, related-ticket and link-only lines, images, notes ("Note:", lines in parentheses, the
 * "Important notes about this step" block), labels ("Steps:"), sub-titles (headings, "Scenario 2:"), lines with no
 * letter or digit, and the copies of called cases (they are checked in the callee). The one text transformation
 * allowed are the removal of an "After step 8," / "On 2." prefix from an expected line placed after its action, and
 * of emphasis markers (step texts keep words, not markdown syntax: `C**hannel**B` reads `ChannelB`).
 */
import type { GherkinDocument } from '@cucumber/messages';

export interface CountedLine {
  line: number;
  section: 'step' | 'expected' | 'test-data' | 'precondition';
  raw: string;
  /** Normalised words of the line, and of the line without a step-reference prefix (when it has one). */
  words: string;
  withoutReference?: string;
}

const SECTION_HEADER = /^\*\*(Step \d+|Expected|Test Data|Precondition|Objective)\*\*\s*$/;
const CALL_HEADER = /^\*\*Step \d+ from [A-Z]+-T\d+/;
const SEPARATOR = /^\\?(?:[-_=–—―‒~*]\\?\s*){3,}\\?$/;
const LIST_MARKER = /^(?:\d{1,3}\\?[.)](?!\d)|[a-zA-Z][.)](?=\s)|\\?[-*+•](?=\s|$)|>)\s*/;
const NOTE = /^(?:notes?|nb|n\.b\.|tip|important|warning|caution)\s*[:\-–]/i;
const LABEL =
  /^(?:(?:test )?(?:steps?|expected(?: results?)?|results?|pre-?conditions?|prerequisites?|notes?|tests?|set ?up|test data|objective|actions?|(?:positive|negative) (?:scenarios?|cases?|tests?))\s*:?|none|n\/a|nothing)\.?$/i;
const SUBTITLE = /^(?:#+\s|(?:scenario|case|part|test case)\s*\d*\s*[:.)\-–])/i;
// "At step 2." too, since the converter reads it as "After 2." (tools/case/classify.ts); never "At 5:00".
const REFERENCE = /^(?:after|on|in|for|at)\s*(?:step\s*#?\d+\s*[.,:;)\-–]?|#?\d+\s*[.,:;)](?!\d))\s*/i;
const LINK = /!?\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)|<https?:[^>]*>|https?:\/\/\S+/g;
const MARKDOWN_LINK = /!?\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g;

/** Lowercase words (letters and digits) joined by single spaces: formatting and punctuation do not matter. */
export function words(text: string): string {
  const decoded = text
    .replace(ZERO_WIDTH, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(EMPHASIS, '');
  return (decoded.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/**
 * Star emphasis markers join the letters around them (`C**hannel**B`): the converter drops them from step texts.
 * Underscores are left to split words, as they do in names and escaped code (`OPSGENIE\_URL`).
 */
const EMPHASIS = /\*+/g;
const ANY_EMPHASIS = /[*_]+/g;
const REFERENCE_REACH = 20;

/** Link titles go, a link whose text is exactly its URL is read once, then backslash escapes are resolved. */
function resolveEscapes(line: string): string {
  return line
    .replace(MARKDOWN_LINK, (_, label: string, url: string) =>
      label.replace(/\\(.)/g, '$1').trim() === url ? ` ${label} ` : ` ${label} ${url} `,
    )
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\\$/, '');
}

function bare(text: string): string {
  return text.replace(/[*_`]+/g, '').trim();
}

function isLinkOnly(text: string): boolean {
  if (!/\]\(|<https?:|https?:\/\//.test(text)) return false;
  const rest = bare(text.replace(LINK, ''))
    .replace(/\([^)]*\)/g, '')
    .replace(/^[\s\-–—•>]*/, '')
    .replace(
      /^(?:epic|ticket|jira|see|ref|reference|links?|docs?|documentation|spec|pr|issue|bug|story)\b/i,
      '',
    );
  return !/[\p{L}\p{N}]/u.test(rest);
}

function isParenthesised(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let index = 0; index < text.length - 1; index++) {
    depth += text[index] === '(' ? 1 : text[index] === ')' ? -1 : 0;
    if (depth === 0) return false;
  }
  return true;
}

/** Why a line is not counted, or undefined when it is an action/expected/test-data/precondition line. */
function exclusion(text: string, markdown: string, name: string): string | undefined {
  const plain = bare(text);
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) return 'no words';
  if (words(plain) === words(name)) return 'case name';
  if (/related (?:tickets?|ticket\(s\)|bugs?|issues?|jira)/i.test(plain)) return 'related';
  if (isLinkOnly(markdown)) return 'link only';
  if (NOTE.test(plain) || isParenthesised(plain)) return 'note';
  if (SUBTITLE.test(plain)) return 'subtitle';
  if (LABEL.test(plain)) return 'label';
  return undefined;
}

/** The counted lines of a case, read from the raw markdown (front matter skipped). */
export function countedLines(source: string, name: string): CountedLine[] {
  const lines = source.split(/\r?\n/);
  const scanner = new LineScanner(name);
  for (let index = lines.indexOf('---', 1) + 1; index < lines.length; index++)
    scanner.scan(lines[index], index + 1);
  return scanner.counted;
}

class LineScanner {
  readonly counted: CountedLine[] = [];
  private section: CountedLine['section'] | undefined;
  private inFence = false;
  private inNotes = false;
  /** Counted plain lines of the current paragraph: a separator below them makes them a title. */
  private paragraph: CountedLine[] = [];

  constructor(private readonly name: string) {}

  scan(raw: string, line: number): void {
    const trimmed = raw.replace(ZERO_WIDTH, '').trim();
    if (this.isHeader(trimmed) || !this.section) return;
    if (/^(?:```|~~~)/.test(trimmed.replace(/^(?:\d+\.|[-*])\s+/, ''))) {
      this.inFence = !this.inFence;
    } else if (this.inFence) {
      if (words(raw)) this.counted.push({ line, section: this.section, raw, words: words(raw) });
    } else {
      this.scanText(raw, trimmed, line, this.section);
    }
  }

  private isHeader(trimmed: string): boolean {
    const header = SECTION_HEADER.exec(trimmed);
    const call = CALL_HEADER.test(trimmed) || /^_\*\*/.test(trimmed);
    if (!header && !call) return false;
    this.section = sectionOf(header?.[1], call);
    this.inNotes = false;
    this.paragraph = [];
    return true;
  }

  private scanText(raw: string, trimmed: string, line: number, section: CountedLine['section']): void {
    const resolved = resolveEscapes(trimmed).trim();
    if (resolved === '' || SEPARATOR.test(trimmed) || SEPARATOR.test(resolved)) {
      // The plain lines right above a separator are its title.
      if (resolved !== '') this.dropParagraph();
      this.paragraph = [];
      return;
    }
    if (/^<!--.*-->$/.test(trimmed) || /^\|?[\s:|-]+\|[\s:|-]*$/.test(resolved)) return;
    const text = resolved.replace(LIST_MARKER, '').trim();
    this.inNotes ||= /^important notes? about this step/i.test(bare(text));
    const markdown = trimmed.replace(LIST_MARKER, '').replace(/\\([^[\]\\])/g, '$1');
    const entry = countedLine(line, section, raw, text);
    if (this.inNotes || exclusion(text, markdown, this.name) || /^#{1,6}(?:\s|$)/.test(trimmed) || !entry) {
      this.paragraph = [];
      return;
    }
    this.counted.push(entry);
    this.paragraph = LIST_MARKER.test(resolved) ? [] : [...this.paragraph, entry];
  }

  private dropParagraph(): void {
    for (const above of this.paragraph) this.counted.splice(this.counted.indexOf(above), 1);
  }
}

function sectionOf(header: string | undefined, isCall: boolean): CountedLine['section'] | undefined {
  if (isCall || !header || header === 'Objective') return undefined;
  if (header.startsWith('Step')) return 'step';
  return header === 'Expected' ? 'expected' : header === 'Test Data' ? 'test-data' : 'precondition';
}

function countedLine(
  line: number,
  section: CountedLine['section'],
  raw: string,
  text: string,
): CountedLine | undefined {
  // "**After 2**: …" is a reference too, once the emphasis around it is gone (only at the start: further on,
  // underscores may be escaped characters of a name).
  const plain = text.slice(0, REFERENCE_REACH).replace(ANY_EMPHASIS, '') + text.slice(REFERENCE_REACH);
  const reference = section === 'expected' ? REFERENCE.exec(plain) : null;
  const withoutReference = reference ? words(plain.slice(reference[0].length)) : undefined;
  if (!words(text) || (reference && !withoutReference)) return undefined; // "After 3," alone heads the lines below
  return { line, section, raw, words: words(text), withoutReference };
}

/** Every step of a feature as searchable word strings: its text, each DocString line, each table row. */
export function stepTexts(document: GherkinDocument): string[] {
  const children = document.feature?.children ?? [];
  const steps = children.flatMap((child) => [
    ...(child.background?.steps ?? []),
    ...(child.scenario?.steps ?? []),
  ]);
  return steps.flatMap((step) => [
    words(step.text),
    ...(step.docString?.content.split('\n').map(words) ?? []),
    ...(step.dataTable?.rows.map((row) => words(row.cells.map((cell) => cell.value).join(' '))) ?? []),
  ]);
}

/** The counted lines whose words appear in no step (text, DocString line or table row) of the feature. */
export function missingLines(counted: readonly CountedLine[], steps: readonly string[]): CountedLine[] {
  const haystacks = steps.map((text) => ` ${text} `);
  const found = (needle: string) => haystacks.some((haystack) => haystack.includes(` ${needle} `));
  return counted.filter(
    (line) =>
      line.words !== '' && !found(line.words) && !(line.withoutReference && found(line.withoutReference)),
  );
}
