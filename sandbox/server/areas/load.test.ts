import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { webAreaModules } from '../web-areas';
import { loadAreas } from './load';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-areas-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(work, 'areas-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('loadAreas', () => {
  it('finds every folder with an index, in name order, and skips loose files and empty folders', () => {
    const dir = folderWith({
      'posts/index.js': "exports.area = { name: 'posts' };",
      'console/index.js': "exports.area = { name: 'console', schema: 'CREATE TABLE x (a)' };",
      'notes/readme.md': 'no index here',
      'helper.js': 'exports.area = { name: "helper" };',
    });
    assert.deepEqual(
      loadAreas(dir).map((area) => area.name),
      ['console', 'posts'],
    );
  });

  it('names the file when an area exports nothing or is named after another folder', () => {
    const bare = folderWith({ 'posts/index.js': 'exports.other = 1;' });
    assert.throws(() => loadAreas(bare), /posts[\\/]index\.js does not export `area`/);
    const misnamed = folderWith({ 'posts/index.js': "exports.area = { name: 'threads' };" });
    assert.throws(() => loadAreas(misnamed), /is named "threads"; name it after its folder, "posts"/);
  });
});

describe('webAreaModules', () => {
  it('lists /static/areas/<name>/index.js for the folders that have one', () => {
    const dir = folderWith({
      'rhs/index.js': '',
      'posts/index.js': '',
      'posts/menu.js': '',
      'empty/x.css': '',
    });
    assert.deepEqual(webAreaModules(dir), ['/static/areas/posts/index.js', '/static/areas/rhs/index.js']);
    assert.deepEqual(webAreaModules(path.join(dir, 'missing')), []);
  });
});
