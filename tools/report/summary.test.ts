import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarise } from './summary';
import { scenarioRun, step } from './test-scenarios';

const tags = (key: string, p: string, priority: string, folder: string) => [
  `@${key}`,
  `@${p}`,
  `@priority:${priority}`,
  `@folder:${folder}`,
];

describe('summarise', () => {
  const scenarios = [
    scenarioRun('MM-T1', {
      featureTags: tags('MM-T1', 'P1', 'high', 'a'),
      steps: [step('passed'), step('passed')],
    }),
    scenarioRun('MM-T2', {
      featureTags: tags('MM-T2', 'P1', 'high', 'b'),
      steps: [step('passed', { hook: 'before' }), step('undefined'), step('skipped')],
    }),
    scenarioRun('MM-T3', { featureTags: tags('MM-T3', 'P2', 'low', 'a'), steps: [step('pending')] }),
    scenarioRun('MM-T4', { featureTags: tags('MM-T4', 'P2', 'low', 'a'), steps: [step('ambiguous')] }),
    scenarioRun('MM-T5', {
      featureTags: ['@MM-T5'],
      attempts: [{ status: 'failed' }, { status: 'passed' }],
    }),
  ];
  const counts = summarise(scenarios, (uri) => uri);

  it('counts cases by status, ambiguous as failed, flaky on its own', () => {
    const { passed, failed, undefined: notDefined, pending, skipped, flaky, cases } = counts.total;
    assert.deepEqual(
      { cases, passed, failed, notDefined, pending, skipped, flaky },
      {
        cases: 5,
        passed: 2,
        failed: 1,
        notDefined: 1,
        pending: 1,
        skipped: 0,
        flaky: 1,
      },
    );
  });

  it('groups by P-level and folder, with cases lacking tags under "(none)" last', () => {
    assert.deepEqual(
      counts.byPLevel.map((group) => [group.name, group.cases]),
      [
        ['P1', 2],
        ['P2', 2],
        ['(none)', 1],
      ],
    );
    assert.deepEqual(
      counts.byFolder.map((group) => [group.name, group.cases]),
      [
        ['a', 3],
        ['b', 1],
        ['folder', 1],
      ],
    );
  });

  it('counts steps bound to a working definition, without hooks, undefined or pending steps', () => {
    const p1 = counts.byPLevel.find((group) => group.name === 'P1')!;
    assert.deepEqual([p1.automatedSteps, p1.steps], [3, 4]);
    const p2 = counts.byPLevel.find((group) => group.name === 'P2')!;
    assert.deepEqual([p2.automatedSteps, p2.steps], [1, 2]);
  });

  it('lists failed and flaky cases for attention', () => {
    assert.deepEqual(
      counts.attention.map((ref) => [ref.key, ref.status, ref.flaky]),
      [
        ['MM-T4', 'failed', false],
        ['MM-T5', 'passed', true],
      ],
    );
  });
});
