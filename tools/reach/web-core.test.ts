import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { webCoreExclusion } from './web-core';

const input = (relPath: string, extra: Partial<Parameters<typeof webCoreExclusion>[0]> = {}) => ({
  relPath,
  name: 'Post a message',
  environments: ['Webapp'],
  noSteps: false,
  ...extra,
});

describe('webCoreExclusion (capability map §1)', () => {
  it('keeps a web case of a web folder', () => {
    assert.equal(webCoreExclusion(input('channels/messaging/MM-T1.md')), undefined);
    assert.equal(webCoreExclusion(input('suite/system-console/x/MM-T1.md', { environments: [] })), undefined);
  });

  it('excludes whole folders first, at the top level and below', () => {
    assert.equal(webCoreExclusion(input('plugins/jira/MM-T1.md')), 'plugin');
    assert.equal(webCoreExclusion(input('mmctl/MM-T1.md')), 'CLI');
    assert.equal(webCoreExclusion(input('suite/ad-ldap/x/MM-T1.md')), 'external IdP');
    assert.equal(
      webCoreExclusion(input('channels/autocomplete/with-elasticsearch/MM-T1.md')),
      'Elasticsearch',
    );
    assert.equal(webCoreExclusion(input('channels/autocomplete/with-database/MM-T1.md')), undefined);
    assert.equal(webCoreExclusion(input('integrations/zapier/MM-T1.md')), 'external service');
  });

  it('then excludes a case by its environments, its name, or having no steps', () => {
    const at = 'channels/messaging/MM-T1.md';
    assert.equal(webCoreExclusion(input(at, { environments: ['Mobile', 'RN - iOS'] })), 'mobile app');
    assert.equal(webCoreExclusion(input(at, { environments: ['CLI'] })), 'CLI');
    assert.equal(webCoreExclusion(input(at, { environments: ['Mobile', 'Webapp'] })), undefined);
    assert.equal(
      webCoreExclusion(input(at, { environments: ['Desktop'] })),
      undefined,
      'web features seen in the desktop shell',
    );
    assert.equal(
      webCoreExclusion(input(at, { environments: ['Automated - No manual tests needed'] })),
      undefined,
    );
    assert.equal(webCoreExclusion(input(at, { name: 'RN apps: reply' })), 'mobile app');
    assert.equal(webCoreExclusion(input(at, { name: 'Desktop App: tray icon' })), 'native desktop');
    assert.equal(webCoreExclusion(input(at, { name: 'Desktop notifications' })), undefined);
    assert.equal(webCoreExclusion(input(at, { noSteps: true })), 'no steps');
  });
});
