import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { PhrasebookData } from '../../tools/phrasebook/data';
import { loadBaseline } from '../../tools/reach/baseline';

const REPO = path.join(__dirname, '..', '..');

/**
 * A step serves a phrase family; a step that binds lines of one corpus case only is a sentence of that case, and
 * a case it carries is not reach (README "What runs today"). Read from the committed docs/phrasebook.json, which
 * counts the cases binding each step over the whole corpus and which a test keeps fresh.
 */
describe('the reach baseline: no case carried by a step of its own', () => {
  it('lists no case whose line binds a step that no other corpus case uses', () => {
    const phrasebook: PhrasebookData = JSON.parse(
      fs.readFileSync(path.join(REPO, 'docs', 'phrasebook.json'), 'utf8'),
    );
    assert.ok(
      phrasebook.forms.every((form) => Number.isInteger(form.cases)),
      'docs/phrasebook.json counts no cases per step: run npm run phrasebook',
    );
    const listed = new Set(loadBaseline(path.join(__dirname, 'baseline')).entries.map((entry) => entry.path));
    const carried = phrasebook.forms
      .filter((form) => form.cases === 1 && listed.has(form.examples[0]?.path))
      .map((form) => `${form.examples[0].path} (by ${form.location})`);
    assert.deepEqual(carried, [], 'widen these steps into a family, or take the cases out of the baseline');
  });
});
