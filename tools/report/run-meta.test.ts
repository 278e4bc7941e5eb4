import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { mergedRunMeta } from './run-meta';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-meta-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  fs.writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
}

describe('mergedRunMeta', () => {
  it('spans all runs and takes the other fields from the latest one', () => {
    const first = write(
      'a.json',
      JSON.stringify({
        startedAt: '2026-01-01T10:00:00Z',
        finishedAt: '2026-01-01T10:01:00Z',
        browserVersion: '1',
      }),
    );
    const second = write(
      'b.json',
      JSON.stringify({
        startedAt: '2026-01-01T10:00:30Z',
        finishedAt: '2026-01-01T10:02:00Z',
        browserVersion: '2',
      }),
    );
    const meta = mergedRunMeta([second, first], assert.fail);
    assert.deepEqual(
      { ...meta },
      {
        startedAt: '2026-01-01T10:00:00Z',
        finishedAt: '2026-01-01T10:02:00Z',
        durationMs: 120_000,
        browserVersion: '2',
      },
    );
  });

  it('ignores wrong fields and unreadable files with a warning', () => {
    const warnings: string[] = [];
    const broken = write('broken.json', '{"baseUrl": ');
    const odd = write('odd.json', JSON.stringify({ baseUrl: 42, target: 'sandbox' }));
    const meta = mergedRunMeta([broken, odd], (w) => warnings.push(w));
    assert.deepEqual(JSON.parse(JSON.stringify(meta)), { target: 'sandbox' });
    assert.match(warnings[0]!, /broken\.json: unreadable run metadata/);
  });
});
