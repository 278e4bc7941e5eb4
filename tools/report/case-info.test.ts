import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseInfoOf, failedAtOf, sortTagsForDisplay } from './case-info';
import { scenarioRun } from './test-scenarios';

describe('caseInfoOf', () => {
  it('reads key, priority, P-level, status and folder from the tags and the source from the description', () => {
    const info = caseInfoOf(scenarioRun('MM-T418'));
    assert.deepEqual(info, {
      key: 'MM-T418',
      priority: 'low',
      pLevel: 'P3',
      status: 'active',
      folder: 'folder',
      source: 'cases/folder/MM-T418.md',
      related: [],
    });
  });

  it('finds the key tag without @TestCaseKey and falls back to the feature folder', () => {
    const info = caseInfoOf(scenarioRun('MM-T7', { featureTags: ['@smoke', '@MM-T7'] }));
    assert.equal(info.key, 'MM-T7');
    assert.equal(info.folder, 'folder');
    assert.equal(info.pLevel, undefined);
  });

  it('splits Related lines into a title and an http(s) URL', () => {
    const scenario = scenarioRun('MM-T1');
    scenario.feature.description = [
      'Source: cases/a/MM-T1.md',
      'Related: (Cannot Reproduce) Session bug MM-25802 https://mattermost.atlassian.net/browse/MM-25802',
      'Related: just a title',
    ].join('\n');
    assert.deepEqual(caseInfoOf(scenario).related, [
      {
        title: '(Cannot Reproduce) Session bug MM-25802',
        url: 'https://mattermost.atlassian.net/browse/MM-25802',
      },
      { title: 'just a title', url: undefined },
    ]);
  });
});

describe('sortTagsForDisplay', () => {
  it('puts key, priority, P-level, status and folder first and drops duplicates', () => {
    const tags = [
      '@env:webapp',
      '@folder:x',
      '@status:active',
      '@P2',
      '@priority:normal',
      '@TestCaseKey=MM-T2',
      '@MM-T2',
    ];
    assert.deepEqual(sortTagsForDisplay([...tags, '@P2']), [
      '@MM-T2',
      '@TestCaseKey=MM-T2',
      '@priority:normal',
      '@P2',
      '@status:active',
      '@folder:x',
      '@env:webapp',
    ]);
  });
});

describe('failedAtOf', () => {
  it('finds the markdown line at the end of any line of the error, stack included', () => {
    const error =
      'Error: expected x\n(from cases/sign-in/MM-T418.md:47)\n    at World.<anonymous> (steps/a.ts:3:9)';
    assert.deepEqual(failedAtOf(error), { source: 'cases/sign-in/MM-T418.md', line: 47 });
    assert.deepEqual(failedAtOf('Error: x\n(from cases/a/MM-T1.md)'), {
      source: 'cases/a/MM-T1.md',
      line: undefined,
    });
    assert.equal(failedAtOf('Error: no origin'), undefined);
  });
});
