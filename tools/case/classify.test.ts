import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLabel, isNote, isSeparator, isSubtitle, splitListMarker, stepReference } from './classify';

describe('line recognisers', () => {
  it('splits list markers written as text, but not decimals', () => {
    assert.deepEqual(splitListMarker('3. Click'), { number: 3, rest: 'Click' });
    assert.deepEqual(splitListMarker('5.Change Priority'), { number: 5, rest: 'Change Priority' });
    assert.deepEqual(splitListMarker('a. Verify'), { rest: 'Verify' });
    assert.deepEqual(splitListMarker('- Bullet'), { rest: 'Bullet' });
    assert.deepEqual(splitListMarker('12.1 Job completed'), { rest: '12.1 Job completed' });
    assert.deepEqual(splitListMarker('1.42-p123 label'), { rest: '1.42-p123 label' });
  });

  it('knows separators, labels, sub-titles and notes', () => {
    for (const line of ['–––––', '————', '---', '___', '================'])
      assert.ok(isSeparator(line), line);
    assert.ok(!isSeparator('-- x --'));
    for (const line of ['Steps:', 'Expected result:', 'Pre-condition:', '**Test:**', 'Positive Scenarios']) {
      assert.ok(isLabel(line), line);
    }
    assert.ok(isLabel('None') && isLabel('N/A'));
    assert.ok(!isLabel('Post:'));
    assert.ok(
      isSubtitle('Scenario 2: Delete it') && isSubtitle('**Scenario**: x') && isSubtitle('Case 1 - y'),
    );
    assert.ok(!isSubtitle('Scenarios are fun'));
    assert.ok(isNote('Note: slow') && isNote('_Tip - use X_') && isNote('(optional (really))'));
    assert.ok(!isNote('(a) first, (b) second'));
  });

  it('reads "After step 8," style references and nothing else', () => {
    assert.deepEqual(stepReference('After step 8, login page shows'), {
      number: 8,
      rest: 'login page shows',
    });
    assert.deepEqual(stepReference('On 2. A modal appears'), { number: 2, rest: 'A modal appears' });
    assert.deepEqual(stepReference('After 3, it works'), { number: 3, rest: 'it works' });
    assert.deepEqual(stepReference('After #3,\\'), { number: 3, rest: '' });
    assert.deepEqual(stepReference('On8. Done'), { number: 8, rest: 'Done' });
    assert.deepEqual(stepReference('In step 4: ok'), { number: 4, rest: 'ok' });
    assert.deepEqual(stepReference('After 9; the button is active'), {
      number: 9,
      rest: 'the button is active',
    });
    assert.equal(stepReference('After 3 seconds, the toast hides'), undefined);
    assert.equal(stepReference('After step 3 and 4, nothing'), undefined);
    assert.equal(stepReference('On 3 teams, it shows'), undefined);
    // MM-T3163, MM-T3827: "At step 2." heads the lines about action 2, as "After 2." does.
    assert.deepEqual(stepReference('At step 2.'), { number: 2, rest: '' });
    assert.equal(stepReference('At 5:00 PM, the reminder shows'), undefined);
  });
});
