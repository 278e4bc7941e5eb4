import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { discoverResults } from './discover';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'discover-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

function touch(...files: string[]) {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
}

describe('discoverResults', () => {
  it('pairs JSON and messages by folder and suffix, and skips the HTML output', () => {
    touch(
      'cucumber.json',
      'messages.ndjson',
      'run-meta.json',
      'cucumber-rerun.json',
      'messages-rerun.ndjson',
      'shard-2/messages.ndjson',
      'html/cucumber.json',
      'junit.xml',
    );
    const { sets, runMetaFiles } = discoverResults(root, [path.join(root, 'html')]);
    const relative = (file?: string) => file && path.relative(root, file);
    assert.deepEqual(
      sets.map((set) => [relative(set.json), relative(set.messages)]),
      [
        ['cucumber.json', 'messages.ndjson'],
        ['cucumber-rerun.json', 'messages-rerun.ndjson'],
        [undefined, 'shard-2/messages.ndjson'],
      ],
    );
    assert.deepEqual(runMetaFiles.map(relative), ['run-meta.json']);
  });
});
