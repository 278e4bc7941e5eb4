/**
 * The case model: what a markdown case says, independent of Gherkin.
 * Line numbers are 1-based lines of the markdown file (front matter included).
 */

/** What a text line is for; decided from the markdown, used by tools/gherkin to pick step or comment. */
export type LineRole =
  | 'step' // an action, an expected result or a precondition line
  | 'title' // a title above a separator line
  | 'case-name' // the case name repeated as the first line of a step (dropped: the Scenario says it)
  | 'subtitle' // a heading or an embedded "Scenario 2:" title
  | 'label' // a pure label such as "Steps:" or "Pre-condition:"
  | 'note' // "Note: …", a line wholly in parentheses, the "Important notes about this step" block
  | 'link' // a line holding only a markdown link (kept as a comment)
  | 'url' // a bare URL on its own line: the data a step above asks for ("Post the following:"), else a comment
  | 'related' // a related-ticket reference (kept in the Feature description)
  | 'related-header' // "_Related ticket(s):_" above such references
  | 'image' // an image-only line
  | 'ornament'; // no letter or digit at all (separators, lone punctuation)

export interface TextItem {
  type: 'text';
  /** Unescaped, whitespace-collapsed text; emphasis markers and code spans kept as written. */
  text: string;
  /** Same text with links written as "title url" (used for related-ticket lines). */
  linkText: string;
  role: LineRole;
  line: number;
  /** List nesting depth, 0 for top-level text. */
  depth: number;
  /** The number of a numbered list item ("3." or escaped "3\."), when the line is one. */
  number?: number;
}

export interface DocItem {
  type: 'doc';
  content: string;
  mediaType?: string;
  line: number;
}

export interface TableItem {
  type: 'table';
  rows: string[][];
  line: number;
}

export type BlockItem = TextItem | DocItem | TableItem;

export interface InlineStep {
  type: 'inline';
  /** "1", or "2.1" inside the copy of a called case. */
  number: string;
  line: number;
  actions: BlockItem[];
  testData?: { line: number; items: BlockItem[] };
  expected?: { line: number; items: BlockItem[] };
}

export interface CallStep {
  type: 'call';
  number: string;
  line: number;
  calleeKey: string;
  calleeName: string;
  /** The auto-generated copy of the callee's steps found under the call header (may be empty). */
  copy: StepSection[];
}

export type StepSection = InlineStep | CallStep;

export interface CaseMeta {
  status: string;
  priority: string;
  /** "P3 - Deep Functions (…)" as written; the P-level is derived from it. */
  priorityLevel: string;
  folder: string;
  teams: string[];
  labels: string[];
  environments: string[];
}

export interface CaseModel {
  key: string;
  name: string;
  /** Path shown to people and written into features, e.g. cases/suite/x/MM-T418.md (posix). */
  file: string;
  /** Path relative to the cases folder (posix), e.g. suite/x/MM-T418.md. */
  relPath: string;
  /** Lines of `name:` and `key:` in the front matter. */
  nameLine: number;
  keyLine: number;
  meta: CaseMeta;
  objective: BlockItem[];
  precondition?: { line: number; items: BlockItem[] };
  steps: StepSection[];
}

/** A problem with one input file, printed as `file:line: message`. */
export interface InputProblem {
  file: string;
  line: number;
  message: string;
  /** A warning is reported but does not fail the run (the feature is still complete). */
  warning?: boolean;
}
