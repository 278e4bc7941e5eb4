import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { featureSteps } from './feature-lines';
import { negate } from './negate';
import { absenceTwins, alterQuotes, negationTwins, quoteTwin } from './twins';

// A feature shaped like the generator's output: step groups, a DocString, a source map with one entry per step.
const FEATURE = `@MM-T1 @TestCaseKey=MM-T1
Feature: MM-T1: Posting

  Scenario: MM-T1: Posting
    # Step 1
    When Type \`Hello\` in center message box
    And Press Enter
    Then Message \`Hello\` displays in center
    # Step 2
    When Post this:
      """
      When inside a DocString
      """
    Then The channel is not archived (not a link)
    And Verify "Saved" shows in the header
    And "Draft" is not shown

# casebook-source-map: {"files":["cases/MM-T1.md"],"feature":3,"steps":"10 11 12 20 21 22 23"}
`;

describe('featureSteps', () => {
  it('resolves And to the kind before it, groups by "# Step N" and spans DocStrings', () => {
    const steps = featureSteps(FEATURE);
    assert.deepEqual(
      steps.map((s) => [s.kind, s.group, s.line, s.lastLine]),
      [
        ['action', 0, 6, 6],
        ['action', 0, 7, 7],
        ['expected', 0, 8, 8],
        ['action', 1, 10, 13],
        ['expected', 1, 14, 14],
        ['expected', 1, 15, 15],
        ['expected', 1, 16, 16],
      ],
    );
  });
});

describe('quote twin', () => {
  it('inserts a letter in the middle of every quoted text of expected lines asserting presence only', () => {
    assert.equal(alterQuotes('Message `Hello` and "ab" and “x”'), 'Message `HelZlo` and "aZb" and “xZ”');
    const twin = quoteTwin(FEATURE);
    assert.ok(twin);
    assert.deepEqual(twin.changedLines, [8, 15]);
    const lines = twin.featureText.split('\n');
    assert.equal(lines[5], '    When Type `Hello` in center message box', 'actions keep their quotes');
    assert.equal(lines[7], '    Then Message `HelZlo` displays in center');
    assert.equal(lines[14], '    And Verify "SavZed" shows in the header');
    assert.equal(lines[15], '    And "Draft" is not shown', 'an absent text is absent when altered too');
    assert.match(twin.featureText, /# casebook-source-map: .*"steps":"10 11 12 20 21 22 23"/);
  });

  it('is not made when no expected line quotes anything', () => {
    assert.equal(
      quoteTwin(FEATURE.replace(/`Hello` displays/, 'displays').replace('"Saved" ', '')),
      undefined,
    );
  });
});

describe('negation', () => {
  it('flips the earliest verb phrase, never inside quotes', () => {
    assert.equal(negate('X is shown'), 'X is not shown');
    assert.equal(negate('X is not shown'), 'X is shown');
    assert.equal(negate('Blue bar message no longer displays'), 'Blue bar message displays');
    assert.equal(negate('Flag no longer appears on post in center'), 'Flag appears on post in center');
    assert.equal(negate('You see the post'), 'You do not see the post');
    assert.equal(negate('Message `is` displays in center'), 'Message `is` does not display in center');
    assert.equal(negate('The user should be redirected'), 'The user should not be redirected');
    assert.equal(negate("It doesn't freeze"), 'It does freeze');
    assert.equal(negate('No changes made'), 'Changes made');
    assert.equal(
      negate('No results returned (and no blue error bar)'),
      'Results returned (and no blue error bar)',
    );
    assert.equal(negate('Desktop Notifications are never fired.'), 'Desktop Notifications are fired.');
    assert.equal(negate('Verify no new messages line'), undefined, 'only a leading "No" is the negation');
    assert.equal(negate('Verify the channel header'), undefined);
    assert.equal(negate('Field reverts (should not be blank)'), undefined, 'an aside is not the assertion');
  });

  it('makes one twin per negatable expected line, each with only that line changed', () => {
    const twins = negationTwins(FEATURE);
    assert.deepEqual(
      twins.map((t) => [t.id, t.changedLines]),
      [
        ['negation-2', [8]],
        ['negation-4', [14]],
        ['negation-5', [15]],
        ['negation-6', [16]],
      ],
    );
    const changed = twins[0].featureText.split('\n').filter((l, i) => l !== FEATURE.split('\n')[i]);
    assert.deepEqual(changed, ['    Then Message `Hello` does not display in center']);
  });
});

describe('absence twin', () => {
  it('removes the actions of each group with a presence assertion, and their source-map entries', () => {
    const twins = absenceTwins(FEATURE);
    assert.deepEqual(
      twins.map((t) => t.id),
      ['absence-1', 'absence-2'],
    );
    const [first, second] = twins;
    assert.doesNotMatch(first.featureText, /Type `Hello`|Press Enter/);
    assert.match(first.featureText, /"steps":"12 20 21 22 23"/);
    assert.deepEqual(first.changedLines, [6]);
    assert.equal(first.featureText.split('\n')[5], '    Then Message `Hello` displays in center');
    // Group 2: "is not archived" asserts absence (an aside's "not" would not), so only line 15 is checked.
    assert.doesNotMatch(second.featureText, /Post this|inside a DocString/);
    assert.match(second.featureText, /"steps":"10 11 12 21 22 23"/);
    assert.deepEqual(second.changedLines, [11]);
    assert.equal(second.featureText.split('\n')[10], '    And Verify "Saved" shows in the header');
  });
});
