import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Step } from '@cucumber/messages';

export type StepKind = 'context' | 'action' | 'expected';

/** A step of a generated feature, with the lines it spans and the "# Step N" group it sits in. */
export interface FeatureStep {
  /** 1-based line of the step's keyword. */
  line: number;
  /** Last line of the step (its DocString or table included). */
  lastLine: number;
  keyword: string;
  text: string;
  kind: StepKind;
  /** Index of the "# Step N" comment group (steps before the first comment share group -1). */
  group: number;
  /** Index of the step in document order (the source map's order). */
  index: number;
}

const STEP_COMMENT = /^\s*#\s*Step\b/;
const KIND: Record<string, StepKind> = { Context: 'context', Action: 'action', Outcome: 'expected' };

/** The steps of a (one-scenario) generated feature, conjunctions resolved to the kind before them. */
export function featureSteps(featureText: string): FeatureStep[] {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  const document = parser.parse(featureText);
  const groupLines = document.comments
    .filter((c) => STEP_COMMENT.test(c.text))
    .map((c) => c.location.line)
    .sort((a, b) => a - b);
  const raw: Step[] = [];
  for (const child of document.feature?.children ?? []) {
    for (const inner of [child, ...(child.rule?.children ?? [])]) {
      raw.push(...(inner.background?.steps ?? []), ...(inner.scenario?.steps ?? []));
    }
  }
  let kind: StepKind = 'context';
  return raw.map((step, index) => {
    kind = KIND[step.keywordType ?? ''] ?? kind;
    return {
      line: step.location.line,
      lastLine: lastLineOf(step),
      keyword: step.keyword.trim(),
      text: step.text,
      kind,
      group: groupLines.filter((l) => l < step.location.line).length - 1,
      index,
    };
  });
}

function lastLineOf(step: Step): number {
  if (step.docString) {
    const lines = step.docString.content.split('\n').length;
    return step.docString.location.line + lines + 1;
  }
  if (step.dataTable?.rows.length) return step.dataTable.rows[step.dataTable.rows.length - 1].location.line;
  return step.location.line;
}
