import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { type GherkinDocument, IdGenerator } from '@cucumber/messages';
import { documentSteps } from './source-map';

// One parser for every feature: building it (dialect tables, matcher) costs more than parsing a small feature.
const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());

export function parseFeature(text: string): GherkinDocument {
  return parser.parse(text);
}

/**
 * Parses a generated feature with @cucumber/gherkin and checks that it holds exactly the planned steps.
 * Returns what is wrong, or undefined when the feature is valid.
 */
export function validateFeature(text: string, plannedSteps: readonly string[]): string | undefined {
  let document: GherkinDocument;
  try {
    document = parser.parse(text);
  } catch (error) {
    return `generated Gherkin does not parse: ${(error as Error).message}`;
  }
  const steps = documentSteps(document);
  if (steps.length !== plannedSteps.length) {
    return `generated Gherkin has ${steps.length} steps where ${plannedSteps.length} were planned`;
  }
  const index = steps.findIndex((step, position) => step.text !== plannedSteps[position]);
  return index < 0
    ? undefined
    : `generated step at line ${steps[index].location.line} reads differently than planned`;
}
