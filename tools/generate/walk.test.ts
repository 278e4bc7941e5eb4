import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { filesUnder } from './walk';

describe('filesUnder', () => {
  let root: string;
  const touch = (relPath: string) => {
    fs.mkdirSync(path.dirname(path.join(root, relPath)), { recursive: true });
    fs.writeFileSync(path.join(root, relPath), '');
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-walk-'));
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists matching files at every depth as posix paths relative to the folder', () => {
    touch('top.md');
    touch('a/b/deep.md');
    touch('a/skipped.txt');
    fs.mkdirSync(path.join(root, 'folder.md')); // a folder is never listed, whatever its name
    assert.deepEqual(filesUnder(root, (name) => name.endsWith('.md')).sort(), ['a/b/deep.md', 'top.md']);
  });

  it('follows symbolic links to folders, like a recursive readdir', () => {
    touch('real/inner.md');
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
    fs.symlinkSync(path.join(root, 'real/inner.md'), path.join(root, 'file-link.md'));
    assert.deepEqual(filesUnder(root, (name) => name.endsWith('.md')).sort(), [
      'file-link.md',
      'linked/inner.md',
      'real/inner.md',
    ]);
  });

  it('lists a folder once when a symbolic link under it leads back up (a loop), however the loop is made', () => {
    touch('cases/a/MM-T1.md');
    touch('cases/b/MM-T2.md');
    fs.symlinkSync('..', path.join(root, 'cases/a/up'));
    fs.symlinkSync('../b', path.join(root, 'cases/a/to-b'));
    fs.symlinkSync('../a', path.join(root, 'cases/b/to-a'));
    fs.symlinkSync('self.md', path.join(root, 'cases/self.md'));
    assert.deepEqual(filesUnder(path.join(root, 'cases'), (name) => name.endsWith('.md')).sort(), [
      'a/MM-T1.md',
      'a/to-b/MM-T2.md',
      'b/MM-T2.md',
      'b/to-a/MM-T1.md',
      'self.md',
    ]);
  });
});
