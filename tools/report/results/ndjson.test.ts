import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readEnvelopes } from './ndjson';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ndjson-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readEnvelopes', () => {
  it('keeps every complete line of an interrupted file and names the broken ones', async () => {
    const file = path.join(dir, 'messages.ndjson');
    fs.writeFileSync(file, '{"meta":{}}\nnot json\n\n{"testRunStarted":{}}\n{"testCaseStarted":{"id":"1"');
    const envelopes: object[] = [];
    const warnings: string[] = [];
    await readEnvelopes(
      file,
      (envelope) => envelopes.push(envelope),
      (warning) => warnings.push(warning),
    );
    assert.deepEqual(envelopes, [{ meta: {} }, { testRunStarted: {} }]);
    assert.deepEqual(warnings, [
      `${file}: skipped 2 unreadable line(s): 2, 5 (the last line is incomplete: was the run interrupted?)`,
    ]);
  });
});
