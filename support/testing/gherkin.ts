import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { type GherkinDocument, IdGenerator, type Pickle } from '@cucumber/messages';

/** Parses feature text the way cucumber-js does (for tests of code that receives its documents and pickles). */
export function parseFeature(
  text: string,
  uri = 'test.feature',
): { document: GherkinDocument; pickles: readonly Pickle[] } {
  const newId = IdGenerator.incrementing();
  const document = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(text);
  return { document: { ...document, uri }, pickles: compile({ ...document, uri }, uri, newId) };
}
