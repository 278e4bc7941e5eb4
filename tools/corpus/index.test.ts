import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS_SETTING, corpusDir, DEFAULT_CORPUS, MissingCorpusError, REPO_ROOT, requireCorpus } from '.';

describe('the corpus setting', () => {
  it('defaults to the corpus beside the repository; CASEBOOK_CORPUS overrides it, relative to the repository', () => {
    assert.equal(corpusDir({}), path.resolve(REPO_ROOT, DEFAULT_CORPUS));
    assert.equal(corpusDir({ [CORPUS_SETTING]: '/data/test-cases' }), '/data/test-cases');
    assert.equal(corpusDir({ [CORPUS_SETTING]: 'corpus' }), path.join(REPO_ROOT, 'corpus'));
    assert.equal(corpusDir({ [CORPUS_SETTING]: ' ' }), path.resolve(REPO_ROOT, DEFAULT_CORPUS));
  });

  it('a missing corpus says where it looked and how to clone the pinned commit', () => {
    assert.throws(
      () => requireCorpus({ [CORPUS_SETTING]: '/nonexistent/test-cases' }),
      (error: Error) => {
        assert.ok(error instanceof MissingCorpusError);
        assert.match(error.message, /no test-case corpus at \/nonexistent\/test-cases/);
        assert.match(
          error.message,
          /git clone https:\/\/github\.com\/mattermost\/mattermost-test-management\.git/,
        );
        assert.match(error.message, /checkout 837deb7/);
        assert.match(error.message, /export CASEBOOK_CORPUS=".*\/data\/test-cases"/);
        return true;
      },
    );
  });
});
