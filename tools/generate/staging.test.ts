import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { removeAbandonedStaging, STAGING_PREFIX, StagingArea } from './staging';

describe('StagingArea', () => {
  let outDir: string;
  const stage = (staging: StagingArea, relPath: string, text: string) => {
    const staged = staging.stagedPathOf(path.join(outDir, relPath));
    assert.ok(staged, `${relPath} should be staged`);
    fs.mkdirSync(path.dirname(staged), { recursive: true });
    fs.writeFileSync(staged, text);
  };
  const read = (relPath: string) => fs.readFileSync(path.join(outDir, relPath), 'utf8');

  beforeEach(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-staging-'));
  });
  afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('stages only features of folders the output does not have, and publishes them folder by folder', () => {
    fs.mkdirSync(path.join(outDir, 'old'));
    const staging = new StagingArea(outDir);
    assert.equal(staging.stagedPathOf(path.join(outDir, 'old/MM-T1.feature')), undefined);
    assert.equal(staging.stagedPathOf(path.join(outDir, 'MM-T0.feature')), undefined);
    stage(staging, 'new/deep/MM-T2.feature', 'two');
    stage(staging, 'old/new/MM-T3.feature', 'three');
    assert.equal(fs.existsSync(path.join(outDir, 'new')), false, 'nothing shows before publishing');
    assert.deepEqual([...staging.publish()], []);
    assert.equal(read('new/deep/MM-T2.feature'), 'two');
    assert.equal(read('old/new/MM-T3.feature'), 'three');
    assert.deepEqual(fs.readdirSync(outDir).sort(), ['new', 'old']);
  });

  it('merges into a folder that appeared meanwhile, and never replaces a file that appeared there', () => {
    const staging = new StagingArea(outDir);
    stage(staging, 'late/MM-T1.feature', 'mine');
    stage(staging, 'late/MM-T2.feature', 'mine too');
    fs.mkdirSync(path.join(outDir, 'late'));
    fs.writeFileSync(path.join(outDir, 'late/MM-T1.feature'), 'theirs');
    const failures = staging.publish();
    const target = path.join(outDir, 'late/MM-T1.feature');
    assert.deepEqual(
      [...failures],
      [[target, `cannot write ${target}: the file appeared while casebook was generating it`]],
    );
    assert.equal(read('late/MM-T1.feature'), 'theirs');
    assert.equal(read('late/MM-T2.feature'), 'mine too');
    assert.equal(fs.existsSync(staging.dir), false);
  });

  it('stages nothing behind a symbolic link, and merges into one that appeared during the run', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-linked-'));
    try {
      fs.symlinkSync(elsewhere, path.join(outDir, 'linked'));
      const staging = new StagingArea(outDir);
      // Where the link leads may be another file system, which a rename cannot reach.
      assert.equal(staging.stagedPathOf(path.join(outDir, 'linked/new/MM-T1.feature')), undefined);
      stage(staging, 'late/new/MM-T2.feature', 'two');
      fs.symlinkSync(elsewhere, path.join(outDir, 'late'));
      assert.deepEqual([...staging.publish()], []);
      assert.equal(fs.readFileSync(path.join(elsewhere, 'new/MM-T2.feature'), 'utf8'), 'two');
      assert.ok(fs.lstatSync(path.join(outDir, 'late')).isSymbolicLink());
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('names every staged feature of a folder that cannot be moved in', () => {
    const staging = new StagingArea(outDir);
    stage(staging, 'blocked/sub/MM-T1.feature', 'one');
    fs.writeFileSync(path.join(outDir, 'blocked'), 'a file where the folder should go');
    const failures = staging.publish();
    assert.deepEqual([...failures.keys()], [path.join(outDir, 'blocked/sub/MM-T1.feature')]);
    assert.match([...failures.values()][0], /^cannot write .*MM-T1\.feature \(E[A-Z]+\)$/);
  });

  it('removes the staging folders of ended processes and keeps those of running ones', () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout;
    const names = [
      `${STAGING_PREFIX}${ended}`,
      `${STAGING_PREFIX}${process.ppid}`,
      `${STAGING_PREFIX}${process.pid}`,
    ];
    for (const name of names) fs.mkdirSync(path.join(outDir, name, 'folder'), { recursive: true });
    removeAbandonedStaging(outDir);
    assert.deepEqual(fs.readdirSync(outDir), [`${STAGING_PREFIX}${process.ppid}`]);
  });
});
