import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFlaky } from '../model';
import { scenarioRun, step } from '../test-scenarios';
import { mergeRuns } from './merge';

describe('mergeRuns', () => {
  it('adds up shards that ran different scenarios, sorted by feature file', () => {
    const merged = mergeRuns([
      { label: 'shard-2', startedAtMs: 1, scenarios: [scenarioRun('MM-T2')] },
      { label: 'shard-1', startedAtMs: 1, scenarios: [scenarioRun('MM-T1')] },
    ]);
    assert.deepEqual(
      merged.map((scenario) => scenario.feature.uri),
      ['features/folder/MM-T1.feature', 'features/folder/MM-T2.feature'],
    );
  });

  it('takes the latest run of a repeated scenario and keeps every attempt, whatever the file order', () => {
    const failed = scenarioRun('MM-T1', { steps: [step('failed')], attempts: [{ status: 'failed' }] });
    const passed = scenarioRun('MM-T1', { steps: [step('passed')], attempts: [{ status: 'passed' }] });
    const [merged] = mergeRuns([
      { label: 'rerun', startedAtMs: 2000, scenarios: [passed] },
      { label: 'first', startedAtMs: 1000, scenarios: [failed] },
    ]);
    assert.equal(merged?.steps[0]?.status, 'passed');
    assert.deepEqual(
      merged?.attempts.map((attempt) => attempt.status),
      ['failed', 'passed'],
    );
    assert.equal(isFlaky(merged!), true);
  });
});
