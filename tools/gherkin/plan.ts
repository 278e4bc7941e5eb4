/** The plan of a feature before it is written: steps and comments in order, with where each came from. */

export interface Source {
  file: string;
  line: number;
}

export type StepArgument =
  | { type: 'doc'; content: string; mediaType?: string }
  | { type: 'table'; rows: string[][] };

/** context = setup (Given), action = something done (When), expected = an outcome (Then). */
export type StepKind = 'context' | 'action' | 'expected';

export interface PlannedStep {
  type: 'step';
  /** What the line asks for; `action` lines may still turn into setup (Given) when they open a scenario. */
  role: StepKind;
  /** Which markdown section the line came from: a case with no `action` origin has no steps to automate. */
  origin: 'action' | 'expected' | 'test-data' | 'precondition';
  text: string;
  source: Source;
  argument?: StepArgument;
  /** List number and depth of the markdown line, for placing "After step N" expected lines. */
  number?: number;
  depth?: number;
  /** Filled in by assignKeywords. */
  keyword?: 'Given' | 'When' | 'Then' | 'And';
  kind?: StepKind;
}

export interface PlannedComment {
  type: 'comment';
  text: string;
}

export type Entry = PlannedStep | PlannedComment;

export function comment(text: string): PlannedComment {
  return { type: 'comment', text };
}

export function stepsOf(entries: readonly Entry[]): PlannedStep[] {
  return entries.filter((entry): entry is PlannedStep => entry.type === 'step');
}
