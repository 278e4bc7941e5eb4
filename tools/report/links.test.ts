import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeHttpUrl, sourceHref } from './links';

describe('sourceHref', () => {
  const links = { casesRoot: '/repo' };

  it('links a case relative to the page', () => {
    assert.equal(
      sourceHref('cases/a b/MM-T1.md', '/repo/reports/html/features', links),
      '../../../cases/a%20b/MM-T1.md',
    );
  });

  it('links to a code host with the line when a base URL is configured', () => {
    const options = { ...links, sourceBaseUrl: 'https://github.com/org/repo/blob/main' };
    assert.equal(
      sourceHref('cases/a/MM-T1.md', '/x', options, 47),
      'https://github.com/org/repo/blob/main/cases/a/MM-T1.md#L47',
    );
  });

  it('refuses paths that are not plain case paths', () => {
    for (const source of [
      'cases/../../etc/passwd.md',
      'cases/a"onclick=x.md',
      '/etc/x.md',
      'cases/a/b.txt',
    ]) {
      assert.equal(sourceHref(source, '/repo', links), undefined, source);
    }
  });
});

describe('safeHttpUrl', () => {
  it('accepts http(s) only and returns the normalised URL', () => {
    assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
    assert.equal(safeHttpUrl('data:text/html,<script>'), undefined);
    assert.equal(safeHttpUrl('not a url'), undefined);
    assert.equal(safeHttpUrl('https://example.com/a"><svg>'), 'https://example.com/a%22%3E%3Csvg%3E');
  });
});
