import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { causeOf, classifyDryRun, classifyRun } from './classify';
import type { CaseResult, StepResult } from './messages';

function step(status: string, extra: Partial<StepResult> = {}): StepResult {
  return { text: 'a line', hook: false, expected: false, featureLine: 1, status, ...extra };
}

function result(...steps: StepResult[]): CaseResult {
  return { uri: 'x.feature', name: 'MM-T1: x', tags: ['@TestCaseKey=MM-T1'], steps };
}

describe('classifyDryRun', () => {
  it('is bound when every step matched, else undefined at the first unbound line', () => {
    assert.equal(classifyDryRun(result(step('SKIPPED'), step('SKIPPED'))), 'bound');
    const verdict = classifyDryRun(
      result(step('SKIPPED'), step('UNDEFINED', { text: 'second' }), step('UNDEFINED')),
    );
    assert.ok(verdict !== 'bound');
    assert.equal(verdict.outcome, 'undefined');
    assert.equal(verdict.step?.text, 'second');
  });

  it('reports an ambiguous step as a failure', () => {
    const verdict = classifyDryRun(result(step('AMBIGUOUS')));
    assert.ok(verdict !== 'bound');
    assert.deepEqual([verdict.outcome, verdict.cause], ['failed', 'ambiguous step']);
  });
});

describe('classifyRun', () => {
  it('passes only when every step and hook passed', () => {
    assert.equal(classifyRun(result(step('PASSED'), step('PASSED'))).outcome, 'passed');
    assert.equal(classifyRun(result(step('PASSED'), step('PENDING'), step('SKIPPED'))).outcome, 'pending');
    const hookFailed = classifyRun(
      result({ ...step('FAILED', { message: 'boom' }), hook: true }, step('SKIPPED')),
    );
    assert.deepEqual([hookFailed.outcome, hookFailed.cause], ['failed', 'step threw']);
  });

  it('names the first failing step', () => {
    const verdict = classifyRun(
      result(step('PASSED'), step('FAILED', { text: 'bad', message: 'x' }), step('SKIPPED')),
    );
    assert.equal(verdict.step?.text, 'bad');
  });
});

describe('causeOf', () => {
  it('reads the category from the message, then from the kind of line', () => {
    const cause = (message: string, expected = false) => causeOf({ message, expected });
    assert.equal(
      cause('LabelNotFoundError: No visible element matching "Save" on the page.'),
      'no element matched a label',
    );
    assert.equal(cause('locator.click: Timeout 10000ms exceeded.'), 'timeout');
    assert.equal(
      cause('Error: function timed out, ensure the promise resolves within 30000 milliseconds'),
      'timeout',
    );
    assert.equal(
      cause('Error: /api/v4/posts/x/pin answered 404: {"id":"not_found"}'),
      'sandbox answered 404/501',
    );
    assert.equal(cause('ApiError: status 501 Not Implemented'), 'sandbox answered 404/501');
    assert.equal(cause('expected to see "x", but it is not shown (waited 10 s)'), 'assertion did not hold');
    assert.equal(cause('AssertionError [ERR_ASSERTION]: 1 == 2'), 'assertion did not hold');
    assert.equal(cause('the newest post reads "a", not "b"', true), 'assertion did not hold');
    assert.equal(cause('TypeError: cannot read properties of undefined'), 'step threw');
  });
});
