import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVague } from './vague';

describe('isVague', () => {
  it('tells expected lines that name nothing to check', () => {
    for (const text of [
      'Everything renders as described in the post.',
      'It works as expected',
      'Verify that everything works correctly',
      'Works fine',
      'No errors',
      'As expected.',
    ]) {
      assert.ok(isVague(text), text);
    }
  });

  it('leaves lines that name an element or quote a text', () => {
    for (const text of [
      'The message is posted successfully',
      'Verify "Saved" is displayed correctly',
      'Login page shows a message that the session has expired',
      'Everything in the `Search` box is cleared',
    ]) {
      assert.ok(!isVague(text), text);
    }
  });
});
