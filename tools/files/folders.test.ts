import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { makeFolders, makeFoldersOrExplain, whyNoFolder } from './folders';

describe('makeFolders', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-folders-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('makes every missing folder, and leaves existing ones as they are', () => {
    fs.mkdirSync(path.join(root, 'a'));
    fs.writeFileSync(path.join(root, 'a/keep.txt'), 'kept');
    makeFolders(path.join(root, 'a/b/c'));
    makeFolders(path.join(root, 'a/b/c'));
    assert.ok(fs.statSync(path.join(root, 'a/b/c')).isDirectory());
    assert.equal(fs.readFileSync(path.join(root, 'a/keep.txt'), 'utf8'), 'kept');
  });

  it('fails at once under /proc, where a recursive mkdir never returns', {
    skip: process.platform !== 'linux',
  }, () => {
    assert.throws(() => makeFolders('/proc/casebook-test/out'), { code: 'ENOENT' });
  });

  it('fails under a dangling symbolic link', () => {
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling'));
    assert.throws(() => makeFolders(path.join(root, 'dangling/out')), { code: 'ENOENT' });
  });

  it('fails under a file', () => {
    fs.writeFileSync(path.join(root, 'file'), '');
    assert.throws(() => makeFolders(path.join(root, 'file/out')), { code: 'ENOTDIR' });
  });
});

describe('whyNoFolder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-why-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const failureOf = (dir: string) => {
    try {
      makeFolders(dir);
    } catch (error) {
      return whyNoFolder(error, dir);
    }
    assert.fail(`${dir} was made`);
  };

  it('names the folder that cannot be made where Node says "no such file or directory"', () => {
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling'));
    assert.equal(
      failureOf(path.join(root, 'dangling/out')),
      `${path.join(root, 'dangling/out')} cannot be created (ENOENT: a dangling symbolic link, or a file system such as /proc?)`,
    );
  });

  it('names the file that stands where a folder should be', () => {
    fs.writeFileSync(path.join(root, 'file'), '');
    assert.equal(
      failureOf(path.join(root, 'file/a/b')),
      `${path.join(root, 'file')} is a file, not a folder`,
    );
  });

  it('leaves other errors to their own message', () => {
    assert.equal(whyNoFolder(new Error('disk on fire'), root), undefined);
  });
});

describe('makeFoldersOrExplain', () => {
  it('says which folder cannot be made, why, and what to change', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-explain-'));
    try {
      fs.writeFileSync(path.join(root, 'file'), '');
      const dir = path.join(root, 'file/out.building-1');
      assert.throws(
        () =>
          makeFoldersOrExplain(dir, { role: 'report folder', shown: 'file/out', advice: 'pass --out DIR' }),
        {
          message: `cannot make the report folder file/out: ${path.join(root, 'file')} is a file, not a folder (pass --out DIR)`,
        },
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
