import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stepPositions } from './step-positions';
import { parseFeature } from './testing/gherkin';

const FEATURE = `Feature: f
  Background:
    Given Precondition

  Scenario: s
    # Step 1
    Given Login to a server using a browser
    And Set desktop notifications to Never
    Then Verify something
    When Move the focus to a different tab
    # Step 2
    When Log out
    Then Login page shows
`;

describe('stepPositions', () => {
  it('numbers the action steps of each # Step N block, as the case numbers them', () => {
    const { document, pickles } = parseFeature(FEATURE);
    const positions = stepPositions(document, pickles[0]);
    const rows = pickles[0].steps.map((step) => [step.text, positions.get(step.id)]);
    assert.deepEqual(rows, [
      ['Precondition', { featureLine: 3, block: undefined, action: 1, isAction: true }],
      ['Login to a server using a browser', { featureLine: 7, block: 1, action: 1, isAction: true }],
      ['Set desktop notifications to Never', { featureLine: 8, block: 1, action: 2, isAction: true }],
      ['Verify something', { featureLine: 9, block: 1, action: undefined, isAction: false }],
      ['Move the focus to a different tab', { featureLine: 10, block: 1, action: 3, isAction: true }],
      ['Log out', { featureLine: 12, block: 2, action: 1, isAction: true }],
      ['Login page shows', { featureLine: 13, block: 2, action: undefined, isAction: false }],
    ]);
  });
});
