// Merges the scenarios of several runs into one report. Shards hold different scenarios and simply add
// up; when the same scenario (feature file + line) ran more than once, the latest run gives its result and
// the attempts of all runs are kept, so a scenario that failed in one run and passed in a rerun is flaky.
import { type ScenarioRun, scenarioKey } from '../model';
import type { LoadedRun } from './load';

export function mergeRuns(runs: LoadedRun[]): ScenarioRun[] {
  const oldestFirst = [...runs].sort((a, b) => a.startedAtMs - b.startedAtMs);
  const byKey = new Map<string, ScenarioRun>();
  for (const run of oldestFirst) {
    for (const scenario of run.scenarios) {
      const key = scenarioKey(scenario);
      const earlier = byKey.get(key);
      byKey.set(
        key,
        earlier ? { ...scenario, attempts: [...earlier.attempts, ...scenario.attempts] } : scenario,
      );
    }
  }
  return [...byKey.values()].sort((a, b) => a.feature.uri.localeCompare(b.feature.uri) || a.line - b.line);
}
