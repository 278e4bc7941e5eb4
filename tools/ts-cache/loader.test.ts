import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { TS_LOADER, TS_LOADER_ARGS } from './loader';

const ROOT = path.resolve(__dirname, '../..');
const PRELOAD = '--require ./tools/ts-cache/register.js';
const scripts: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).scripts;

/** The project's own .ts/.js/.json files (relative paths), outside node_modules and generated output. */
function sourceFiles(root: string): string[] {
  const skip = new Set(['node_modules', '.git', 'features', 'reports']);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory() && !skip.has(entry.name)) walk(relative);
      else if (entry.isFile() && /\.(ts|js|json)$/.test(entry.name) && entry.name !== 'package-lock.json')
        found.push(relative);
    }
  };
  walk('');
  return found;
}

describe('one TypeScript loader for every entry point (tools/ts-cache)', () => {
  it('preloads the swc cache in every npm script that runs node on TypeScript', () => {
    const runsTypeScript = Object.entries(scripts).filter(([, command]) =>
      /\bnode\b.*(\.ts\b|--test)/.test(command),
    );
    assert.ok(runsTypeScript.length >= 10, 'the scripts that run TypeScript were found');
    const without = runsTypeScript.filter(([, command]) => !command.includes(PRELOAD)).map(([name]) => name);
    assert.deepEqual(without, []);
  });

  it('leaves no script to another loader', () => {
    const others = Object.entries(scripts)
      .filter(([, command]) => /\b(tsx|ts-node)\b|--import|--loader/.test(command))
      .map(([name]) => name);
    assert.deepEqual(others, []);
  });

  it('leaves no spawned process or cucumber profile to another loader', () => {
    // The loader benchmark names the others on purpose: it measures them.
    const measuresThem = new Set(['tools/bench/loader.ts', 'tools/ts-cache/loader.test.ts']);
    const otherLoader = /['"](tsx|tsx\/cjs|tsx\/esm|ts-node\/register[\w/-]*)['"]|\.bin\/tsx\b|tsx\/dist\//;
    const offenders = sourceFiles(ROOT)
      .filter((file) => !measuresThem.has(file))
      .filter((file) => otherLoader.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('gives spawned processes an absolute path that loads TypeScript from any folder', () => {
    assert.ok(path.isAbsolute(TS_LOADER));
    const result = spawnSync(
      process.execPath,
      [
        ...TS_LOADER_ARGS,
        '-e',
        `require(${JSON.stringify(path.join(__dirname, 'loader.ts'))}); console.log('loaded')`,
      ],
      { cwd: os.tmpdir(), encoding: 'utf8' },
    );
    assert.equal(result.stderr, '');
    assert.equal(result.stdout.trim(), 'loaded');
  });
});
