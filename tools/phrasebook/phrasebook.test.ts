import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { REPO_ROOT, requireCorpus } from '../corpus';
import { loadStepMatcher } from '../coverage/step-matcher';
import { areaOf } from './areas';
import { buildPhrasebook } from './build';
import { PHRASEBOOK_JSON, PHRASEBOOK_MD } from './paths';
import { renderPhrasebook } from './render';

describe('the phrasebook', { timeout: 300_000 }, () => {
  it('docs/phrasebook.md and .json are what npm run phrasebook writes for the step library and corpus of today', async () => {
    const data = buildPhrasebook(REPO_ROOT, requireCorpus(), await loadStepMatcher(REPO_ROOT));
    const stale =
      'is stale (steps or the corpus changed since it was written): run `npm run phrasebook` and commit it';
    assert.equal(
      fs.readFileSync(PHRASEBOOK_MD, 'utf8'),
      renderPhrasebook(data),
      `docs/phrasebook.md ${stale}`,
    );
    assert.deepEqual(
      JSON.parse(fs.readFileSync(PHRASEBOOK_JSON, 'utf8')),
      data,
      `docs/phrasebook.json ${stale}`,
    );
    const click = data.forms.find((form) => form.location.startsWith('steps/generic/click.steps.ts'));
    assert.ok(click && click.examples.length >= 2 && click.parameters.includes('label'));
  });

  it('files steps under an area, a new step file under its own name', () => {
    assert.equal(areaOf('steps/generic/keys.steps.ts'), 'Keyboard');
    assert.equal(areaOf('steps/messaging.steps.ts'), 'Posts');
    assert.equal(areaOf('steps/user-groups.steps.ts'), 'User groups');
  });
});
