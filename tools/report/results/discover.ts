// Finds the result files of one or more runs under the results folder: `cucumber<suffix>.json` and
// `messages<suffix>.ndjson` in the same folder with the same suffix belong to the same run (a shard, a
// repeated run), e.g. reports/cucumber.json + reports/messages.ndjson, or reports/shard-2/cucumber.json.
import fs from 'node:fs';
import path from 'node:path';

export interface ResultSet {
  /** folder + suffix, for messages */
  label: string;
  json?: string;
  messages?: string;
}

export interface DiscoveredResults {
  sets: ResultSet[];
  /** every run-meta*.json: shards may share one or write one each */
  runMetaFiles: string[];
}

const PATTERNS = [
  { kind: 'json', pattern: /^cucumber(.*)\.json$/ },
  { kind: 'messages', pattern: /^messages(.*)\.ndjson$/ },
] as const;
const RUN_META = /^run-meta.*\.json$/;

function* walk(dir: string, skip: Set<string>): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(full) && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
        yield* walk(full, skip);
    } else if (entry.isFile()) yield full;
  }
}

/** Result sets sorted by label; `skipDirs` (the HTML output) is not searched. */
export function discoverResults(resultsDir: string, skipDirs: string[] = []): DiscoveredResults {
  const sets = new Map<string, ResultSet>();
  const runMetaFiles: string[] = [];
  const skip = new Set(skipDirs.map((dir) => path.resolve(dir)));
  for (const file of walk(path.resolve(resultsDir), skip)) {
    if (RUN_META.test(path.basename(file))) runMetaFiles.push(file);
    for (const { kind, pattern } of PATTERNS) {
      const suffix = pattern.exec(path.basename(file))?.[1];
      if (suffix === undefined) continue;
      const label = path.join(path.relative(process.cwd(), path.dirname(file)) || '.', suffix || '');
      const set = sets.get(label) ?? { label };
      set[kind] = file;
      sets.set(label, set);
    }
  }
  const sorted = [...sets.values()].sort((a, b) => a.label.localeCompare(b.label));
  return { sets: sorted, runMetaFiles: runMetaFiles.sort() };
}
