import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { type GherkinDocument, IdGenerator } from '@cucumber/messages';
import { documentSteps } from './source-map';

// One parser for every feature: building it (dialect tables, matcher) costs more than parsing a small feature.
const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
// The check reads the document's structure and step texts, never its message ids: a constant id spares a number
// turned into a string for every node of every feature (measured: the corpus's features parse ~20% faster).
const NO_ID = () => '';
const checkingParser = new Parser(new AstBuilder(NO_ID), new GherkinClassicTokenMatcher());

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
    document = checkingParser.parse(text);
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
