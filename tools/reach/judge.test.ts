import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeTwin } from './judge';
import type { CaseResult, StepResult } from './messages';
import type { Twin } from './twins';

const line = (featureLine: number, status: string, extra: Partial<StepResult> = {}): StepResult => ({
  text: `line ${featureLine}`,
  hook: false,
  expected: featureLine > 6,
  featureLine,
  markdown: `case.md:${featureLine + 40}`,
  status,
  definition: `steps/x.steps.ts:${featureLine}`,
  ...extra,
});
const run = (...steps: StepResult[]): CaseResult => ({ uri: 'x.feature', name: 'x', tags: [], steps });
const twin = (kind: Twin['kind'], changedLines: number[]): Twin => ({
  kind,
  id: kind,
  featureText: '',
  changedLines,
  description: 'changed',
});

describe('judgeTwin', () => {
  it('proves a pass when the twin fails at a line it changed', () => {
    const judged = judgeTwin(
      twin('quote', [7]),
      run(line(6, 'PASSED'), line(7, 'FAILED', { message: 'no' })),
    );
    assert.equal(judged.verdict, 'proven');
    assert.equal(judged.line?.markdown, 'case.md:47');
  });

  it('calls a passing quote or negation twin a silent pass and names the step definition', () => {
    const judged = judgeTwin(twin('negation', [7]), run(line(6, 'PASSED'), line(7, 'PASSED')));
    assert.equal(judged.verdict, 'silent pass');
    assert.equal(judged.definition, 'steps/x.steps.ts:7');
  });

  it('is a silent pass too when the changed line passed and a later line failed', () => {
    const judged = judgeTwin(twin('quote', [7]), run(line(7, 'PASSED'), line(8, 'FAILED')));
    assert.equal(judged.verdict, 'silent pass');
  });

  it('counts an unbound negation as not negatable, and a failure before the change as inconclusive', () => {
    assert.equal(judgeTwin(twin('negation', [7]), run(line(7, 'UNDEFINED'))).verdict, 'not negatable');
    assert.equal(
      judgeTwin(twin('negation', [7]), run(line(6, 'FAILED'), line(7, 'SKIPPED'))).verdict,
      'inconclusive',
    );
  });

  it('tells a closed vocabulary from a step spelled for one sentence when a quote twin no longer binds', () => {
    const original = (pattern: string) =>
      run(line(7, 'PASSED', { text: 'the "Save" button is shown', pattern }));
    const unbound = run(line(7, 'UNDEFINED'));
    assert.equal(
      judgeTwin(twin('quote', [7]), unbound, original('^the "(Save|Cancel)" button is shown$')).verdict,
      'silent pass',
    );
    assert.equal(
      judgeTwin(twin('quote', [7]), unbound, original('^the {tab} button is shown$')).verdict,
      'unbound when altered',
    );
  });

  it('lists an absence twin that passes, and proves one that fails at its expectation', () => {
    assert.equal(
      judgeTwin(twin('absence', [6]), run(line(6, 'PASSED'))).verdict,
      'passes without its actions',
    );
    assert.equal(judgeTwin(twin('absence', [6]), run(line(6, 'FAILED'))).verdict, 'proven');
  });
});
