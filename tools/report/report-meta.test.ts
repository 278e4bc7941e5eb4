import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDuration, headerOptions } from './report-meta';

describe('headerOptions', () => {
  const config = { name: 'Cases <b>', title: 'Run "nightly"' };
  const header = headerOptions(config, {
    baseUrl: 'http://127.0.0.1:8065/<x>',
    target: 'sandbox',
    browserName: 'chromium',
    browserVersion: '156.0',
    serverVersion: '10.5.0',
    startedAt: '2026-11-29T13:02:10.123Z',
    durationMs: 95_000,
    gitCommit: '0123456789abcdef0123',
  });

  it('escapes every value the reporter prints raw', () => {
    assert.equal(header.reportName, 'Cases &lt;b&gt;');
    assert.equal(header.pageTitle, 'Run &quot;nightly&quot;');
    assert.equal(header.customData['Target URL'], 'http://127.0.0.1:8065/&lt;x&gt;');
    assert.deepEqual(header.metadata.browser, { name: 'chromium', version: '156.0' });
  });

  it('shows the run facts and links the overview page', () => {
    assert.equal(header.customData['App version'], '10.5.0');
    assert.equal(header.customData['Run started'], '2026-11-29 13:02:10 UTC');
    assert.equal(header.customData['Run duration'], '1 min 35 s');
    assert.equal(header.customData['Git commit'], '0123456789ab');
    assert.match(header.customData.Overview!, /^<a href="overview\.html"/);
  });

  it('leaves out what the run did not record', () => {
    const bare = headerOptions(config, {});
    assert.deepEqual(Object.keys(bare.customData), ['Overview']);
    assert.equal(bare.metadata.browser, undefined);
  });
});

describe('formatDuration', () => {
  it('prints seconds below a minute, minutes and seconds above', () => {
    assert.equal(formatDuration(12_345), '12.3 s');
    assert.equal(formatDuration(3_723_000), '62 min 3 s');
  });
});
