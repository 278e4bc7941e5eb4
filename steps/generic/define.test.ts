import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';
import { captureCount, definition, withSource } from './define';

/** The engine's own count: an alternative that matches the empty string leaves every group unset. */
const engineCount = (pattern: RegExp) => new RegExp(`${pattern.source}|`).exec('')!.length - 1;

describe('captureCount', () => {
  it('counts what the regex engine counts on hard patterns', () => {
    const patterns = [
      /^I (?:click|press) "([^"]+)"$/,
      /^a \(literal\) (paren|bracket) [(]x[)] (?=y)(?!z)(?<=a)(?<!b)$/,
      /^(?<who>\w+) sees [\](] (\d+)(?: times)?$/,
      /^escaped \\\(group\) and [\\\]] class (a|b)$/,
    ];
    for (const pattern of patterns) assert.equal(captureCount(pattern), engineCount(pattern), `${pattern}`);
  });

  it("agrees with the engine on every pattern of the project's step library", async () => {
    const repoRoot = path.resolve(__dirname, '..', '..');
    const { runConfiguration } = await loadConfiguration(
      { file: 'cucumber.js', profiles: ['default'] },
      { cwd: repoRoot },
    );
    const support = { ...runConfiguration.support, requireModules: [] };
    const library = (await loadSupport({ ...runConfiguration, support }, { cwd: repoRoot })) as unknown as {
      stepDefinitions: { pattern: string | RegExp }[];
    };
    const patterns = library.stepDefinitions.map((d) => d.pattern).filter((p) => p instanceof RegExp);
    assert.ok(patterns.length > 50, `only ${patterns.length} regex steps loaded`);
    for (const pattern of patterns) assert.equal(captureCount(pattern), engineCount(pattern), `${pattern}`);
  });
});

describe('the markdown line on a failing step', () => {
  it('is added to a copy: an error shared by many failures never gathers their lines', async () => {
    // What Playwright does once the browser died: every call rejects with the same error object.
    const shared = new Error('Target page, context or browser has been closed');
    const [, , run] = definition(/^step (\w+)$/, async () => {
      throw shared;
    });
    const messages: string[] = [];
    for (const source of ['cases/a/MM-T1.md:17', 'cases/b/MM-T2.md:23', 'cases/c/MM-T3.md:31']) {
      const world = { step: { source } };
      await (run.call(world, 'x') as Promise<unknown>).catch((error: Error) => messages.push(error.message));
    }
    assert.deepEqual(messages, [
      'Target page, context or browser has been closed\n(from cases/a/MM-T1.md:17)',
      'Target page, context or browser has been closed\n(from cases/b/MM-T2.md:23)',
      'Target page, context or browser has been closed\n(from cases/c/MM-T3.md:31)',
    ]);
    assert.equal(shared.message, 'Target page, context or browser has been closed');
  });

  it('keeps the name and the frames of the original error', () => {
    const original = new TypeError('boom');
    const located = withSource(original, 'cases/a/MM-T1.md:5') as Error;
    assert.equal(located.name, 'TypeError');
    assert.match(located.stack ?? '', /^TypeError: boom\n\(from cases\/a\/MM-T1\.md:5\)\n\s+at /);
  });
});
