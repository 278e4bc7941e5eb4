import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearest, similarity, squash } from './similarity';

describe('similarity', () => {
  it('ignores case, spaces and punctuation', () => {
    assert.equal(squash('Log Out'), squash('logout'));
    assert.equal(similarity('View and Logout of Active Sessions', 'View and Log Out of Active Sessions'), 1);
  });

  it('ranks the closest names first', () => {
    const names = ['Town Square', 'Log in', 'Forgot your password?', 'Log Out'];
    assert.deepEqual(
      nearest('Logot', names, (n) => n, 2),
      ['Log Out', 'Log in'],
    );
  });
});
