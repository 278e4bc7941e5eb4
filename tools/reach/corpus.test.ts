import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globMatcher } from './corpus';

describe('--only globs', () => {
  const matches = (glob: string, relPath: string) =>
    globMatcher(glob)(relPath, relPath.split('/').at(-1)?.replace(/\.md$/, '') ?? '');

  it('match folders with ** and keys or file names without a folder', () => {
    assert.ok(matches('channels/messaging/**', 'channels/messaging/MM-T2132.md'));
    assert.ok(!matches('channels/messaging/**', 'channels/search/MM-T2132.md'));
    assert.ok(matches('MM-T21*', 'channels/messaging/MM-T2132.md'));
    assert.ok(!matches('MM-T21*', 'channels/messaging/MM-T3309.md'));
    assert.ok(matches('**/MM-T2132', 'channels/messaging/MM-T2132.md'));
  });

  it('take a comma-separated list, any of which may match', () => {
    assert.ok(matches('MM-T2084, MM-T496', 'suite/notifications/MM-T496.md'));
    assert.ok(matches('MM-T2084,channels/search/**', 'channels/search/MM-T2292.md'));
    assert.ok(!matches('MM-T2084,MM-T496', 'suite/notifications/MM-T4960.md'));
  });
});
