import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadStepMatcher, type StepMatcher } from '../../../tools/coverage/step-matcher';
import { VAGUE_FORMS } from './vague';

// Which expected lines the assertion grammar binds (Cucumber's own matching, every step file loaded) and which
// it refuses. No browser: assertions.test.ts runs the forms on pages.
describe('the assertion grammar', () => {
  let matcher: StepMatcher;
  before(async () => {
    matcher = await loadStepMatcher(path.resolve(__dirname, '..', '..', '..'));
  });
  const grammar = (text: string) =>
    matcher.matching(text).filter((where) => where.includes('assertions.last'));

  it('reads presence, absence, text, state, counts, places, navigation and referents, each line once', () => {
    for (const text of [
      'Verify “Saved” is displayed',
      'Do you see "Saved"?',
      'The Edit button is not shown in the RHS',
      'Verify the “Invite People” modal opens',
      'Profile Settings modal closes',
      'No "Mark as Unread" option in the menu',
      'Channel Header Region shows "Town Square"',
      'The mention badge shows 2',
      'Off-Topic is bold in the LHS',
      'The "Save" button is greyed out',
      'The toggle is not checked',
      '2 search results are shown',
      'You are in channel Town Square',
      'User is redirected to the System Console page',
      'The URL contains `/channels/off-topic`',
      'The message is displayed in the RHS',
      'User B sees "Hello"',
      '3. Observe the channel header',
      'Archived channel is no longer shown in the LHS',
      'Off-Topic has a mention badge',
      'Verify channel item does not have a mention badge',
      'User 2 sees Town Square in the LHS',
      'Custom Emoji option does not appear',
      // The negation twin of the line above.
      'Custom Emoji option does appear',
      'The channel is still displayed',
      // Its negation twin.
      'The channel is not still displayed',
    ]) {
      assert.equal(matcher.matching(text).length, 1, `${text} → ${matcher.matching(text).join(', ')}`);
      assert.equal(grammar(text).length, 1, `${text} is not read by the grammar`);
    }
  });

  it('refuses vague lines, lines that announce a list, and bare negations without a place', () => {
    for (const text of [
      'Everything renders correctly',
      'Works as expected',
      'Observe various settings',
      'Custom status is successfully set',
      'Verify the page looks good',
      'Following columns should be displayed:',
      'Verify the relevant error is shown',
      'Archived channels are not shown',
      'It is displayed',
      'Check "Remember me"',
    ]) {
      assert.deepEqual(grammar(text), [], `${text} should stay unbound by the grammar`);
    }
  });

  it('keeps its list of vague forms explicit', () => {
    assert.ok(VAGUE_FORMS.length >= 5);
    for (const form of VAGUE_FORMS) assert.doesNotThrow(() => new RegExp(form, 'i'));
  });
});
