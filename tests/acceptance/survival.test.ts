import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeature } from '../../tools/gherkin/validate';
import { countedLines, missingLines, stepTexts } from './survival';

const CASE = `---
name: "Title"
key: MM-T1
---

**Step 1**

Title\\
–––––––––\\
1\\. Open the **menu**\\
2\\. Note: this is a note\\
3\\. Click [Save](https://x.test/save)

[Bug — MM-1](https://x.test/MM-1)

**Expected**

- After step 1, the menu opens
- \`code\` shows
`;

describe('the survival check', () => {
  const counted = countedLines(CASE, 'Title');

  it('counts action and expected lines, not titles, notes or link-only lines', () => {
    assert.deepEqual(
      counted.map((line) => line.words),
      ['open the menu', 'click save https x test save', 'after step 1 the menu opens', 'code shows'],
    );
  });

  it('accepts a placed expected line without its reference prefix, and finds a lost line', () => {
    const feature = parseFeature(
      'Feature: f\n  Scenario: s\n    When Open the **menu**\n    Then the menu opens\n    When Click Save (https://x.test/save)\n',
    );
    assert.deepEqual(
      missingLines(counted, stepTexts(feature)).map((line) => line.words),
      ['code shows'],
    );
  });
});
