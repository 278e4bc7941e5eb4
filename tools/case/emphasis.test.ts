import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutEmphasis } from './emphasis';

describe('withoutEmphasis', () => {
  it('drops bold and italic markers, keeping the words', () => {
    assert.equal(withoutEmphasis('Login as **member**'), 'Login as member');
    assert.equal(withoutEmphasis('Click __Save__ and *then* _Close_'), 'Click Save and then Close');
    assert.equal(withoutEmphasis('**Tap on *Never***'), 'Tap on Never');
  });

  it('keeps code spans, quotes and underscores inside names', () => {
    assert.equal(
      withoutEmphasis('Type `**bold**` in the “Search” box'),
      'Type `**bold**` in the “Search” box',
    );
    assert.equal(
      withoutEmphasis('Login as test_user_1 and post "a_b_"'),
      'Login as test_user_1 and post "a_b_"',
    );
    assert.equal(withoutEmphasis('Compute 2 * 3 * 4'), 'Compute 2 * 3 * 4');
  });

  it('drops what is left of unbalanced bold', () => {
    assert.equal(
      withoutEmphasis('Go to **System Console ➜ **Billing & Account ➜ **Subscription**'),
      'Go to System Console ➜ Billing & Account ➜ Subscription',
    );
  });
});
