import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { measureCoverage } from './coverage';
import type { StepMatcher } from './step-matcher';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-coverage-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

function writeCase(key: string, actions: string[]): void {
  const body = actions.map((line, i) => `${i + 1}. ${line}`).join('\n');
  fs.writeFileSync(
    path.join(work, `${key}.md`),
    `---\nkey: ${key}\nname: "${key} case"\nstatus: Active\n---\n\n**Step 1**\n\n${body}\n`,
  );
}

/** Binds "Open the shared menu" to one definition and "Do the special thing" to another. */
const matcher: StepMatcher = {
  definitionCount: 2,
  definitions: [],
  matching: (text: string) =>
    /shared menu/.test(text)
      ? ['steps/shared.steps.ts:1']
      : /special thing/.test(text)
        ? ['steps/one.steps.ts:7']
        : [],
};

describe('measureCoverage', () => {
  it('names the step definitions that bind lines of one case only', () => {
    writeCase('MM-T1', ['Open the shared menu', 'Do the special thing']);
    writeCase('MM-T2', ['Open the shared menu', 'Something nobody binds']);
    const coverage = measureCoverage({ casesDir: work, depth: 1 }, matcher);
    assert.deepEqual(coverage.singleCase, [{ definition: 'steps/one.steps.ts:7', key: 'MM-T1' }]);
  });
});
