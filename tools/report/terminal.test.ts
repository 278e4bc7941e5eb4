import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarise } from './summary';
import { formatSummary } from './terminal';
import { scenarioRun, step } from './test-scenarios';

describe('formatSummary', () => {
  const scenarios = Array.from({ length: 40 }, (_, index) =>
    scenarioRun(`MM-T${index}`, {
      featureTags: [`@MM-T${index}`, `@P${(index % 4) + 1}`, `@folder:f${index}`],
      steps: [step(index % 5 === 0 ? 'failed' : 'passed')],
    }),
  );
  const text = formatSummary(
    {
      ...summarise(scenarios, (uri) => uri),
      indexPath: '/repo/reports/html/index.html',
      overviewPath: '/repo/reports/html/overview.html',
      warnings: Array.from({ length: 7 }, (_, index) => `warning ${index}`),
    },
    '/repo',
  );

  it('fits on one screen whatever the number of folders', () => {
    assert.ok(text.split('\n').length <= 24, text);
  });

  it('gives counts by status and by priority, and the report path', () => {
    assert.match(text, /^casebook report — 40 cases: 32 passed, 8 failed$/m);
    assert.match(text, /^ {2}P1 +10 +8 +2 +0 +0 +0 +0 {2}10\/10 \(100%\)$/m);
    assert.match(text, /^ {2}report: {3}reports\/html\/index\.html$/m);
    assert.match(text, /… and 2 more warnings/);
  });
});
