/**
 * The step definitions of the assertion language. cucumber.js loads this file after every `*.steps.ts`, for two
 * reasons: the grammar reads the nouns the areas registered (vocabulary.ts), and it leaves to the domain steps
 * marked `preferredOverGrammar` (defer.ts) the lines they match (negative lookahead), so that such a specific
 * step wins and the line is not ambiguous.
 *
 * One definition per form of grammar.ts (each regex stays small: V8 runs large ones much slower). Each has one
 * capture, the whole line, which the form then reads into subject, predicate and place.
 */
import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../../support/world';
import { definition } from '../define';
import { formsFromVocabulary } from './build';
import { checkComposable, withoutCaptures } from './compose';
import { grammarDeferrals } from './defer';
import { merged } from './grammar';
import { runAssertion } from './run';
import { NOT_VAGUE } from './vague';

const forms = formsFromVocabulary();
for (const pattern of grammarDeferrals) checkComposable(pattern);
const deferred = grammarDeferrals.map((pattern) => `(?:${withoutCaptures(pattern.source)})`).join('|');
const notDeferred = deferred ? `(?!${deferred})` : '';

/** The forms are written to be exclusive (steps/generic/assert/grammar.test.ts checks it on sample lines). */
for (const form of forms) {
  const pattern = new RegExp(`^${NOT_VAGUE}${notDeferred}(${withoutCaptures(form.regex.source)})$`, 'i');
  defineStep(
    ...definition(pattern, async function (this: CasebookWorld, line: string) {
      const match = form.regex.exec(line);
      if (!match) throw new Error(`the assertion form "${form.name}" matched but could not read: ${line}`);
      await runAssertion(this, form.read(merged(match.groups ?? {})));
    }),
  );
}
