import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { JudgedTwin } from './judge';
import type { CaseResult, StepResult } from './messages';
import { type Planned, retryInconclusive } from './twin-runs';

const step = (featureLine: number, status: string): StepResult => ({
  text: `line ${featureLine}`,
  hook: false,
  expected: featureLine > 6,
  featureLine,
  markdown: `case.md:${featureLine + 40}`,
  status,
  definition: `steps/x.steps.ts:${featureLine}`,
});

const planned = (name: string): Planned => ({
  name,
  owner: { key: name, path: `${name}.md`, featureText: '', result: { uri: '', name, tags: [], steps: [] } },
  twin: {
    kind: 'quote',
    id: 'quote',
    featureText: `Feature: ${name}\n`,
    changedLines: [7],
    description: 'altered',
  },
});

const inconclusive: JudgedTwin = {
  kind: 'quote',
  id: 'quote',
  verdict: 'inconclusive',
  description: 'altered',
};

describe('twins that stopped before their changed line', () => {
  it('are run once more: a retry that reaches the line judges them, one that stops early again leaves them', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-twin-retry-'));
    const twins = [planned('a'), planned('b')];
    const judged = new Map(twins.map((p) => [p.name, inconclusive]));
    const ran: string[] = [];
    const browser = {
      async run(dir: string): Promise<CaseResult[]> {
        ran.push(...fs.readdirSync(dir));
        return [
          {
            uri: path.join(dir, 'a.feature'),
            name: 'a',
            tags: [],
            steps: [step(6, 'PASSED'), step(7, 'FAILED')],
          },
          {
            uri: path.join(dir, 'b.feature'),
            name: 'b',
            tags: [],
            steps: [step(6, 'FAILED'), step(7, 'SKIPPED')],
          },
        ];
      },
    };
    try {
      await retryInconclusive(twins, judged, browser, work);
      assert.deepEqual(ran.sort(), ['a.feature', 'b.feature']);
      assert.equal(judged.get('a')?.verdict, 'proven');
      assert.equal(judged.get('a')?.retried, true);
      assert.equal(judged.get('b'), inconclusive);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('need no browser run when there are none', async () => {
    const browser = {
      async run(): Promise<CaseResult[]> {
        throw new Error('no run expected');
      },
    };
    await retryInconclusive([], new Map(), browser, os.tmpdir());
  });
});
