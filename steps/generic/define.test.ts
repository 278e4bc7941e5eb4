import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';
import { captureCount } from './define';

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
