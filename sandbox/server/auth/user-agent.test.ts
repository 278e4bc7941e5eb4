import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUserAgent } from './user-agent';

describe('parseUserAgent', () => {
  const cases: Array<[string, ReturnType<typeof parseUserAgent>]> = [
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
      { platform: 'Linux', os: 'Linux', browser: 'Chrome/156.0' },
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.61',
      { platform: 'Windows', os: 'Windows 10', browser: 'Edge/120.0' },
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 Version/17.1 Safari/605.1.15',
      { platform: 'Macintosh', os: 'Mac OS', browser: 'Safari/17.1' },
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
      { platform: 'Linux', os: 'Linux', browser: 'Firefox/121.0' },
    ],
    ['node', { platform: 'unknown', os: 'unknown', browser: 'Node' }],
  ];
  for (const [userAgent, expected] of cases) {
    it(`reads ${expected.browser} on ${expected.platform}`, () => {
      assert.deepEqual(parseUserAgent(userAgent), expected);
    });
  }

  it('copes with a missing header', () => {
    assert.deepEqual(parseUserAgent(undefined), { platform: 'unknown', os: 'unknown', browser: 'unknown' });
  });
});
