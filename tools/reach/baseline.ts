import fs from 'node:fs';
import path from 'node:path';
import type { CaseRecord } from './summary';

/** One entry of a tests/reach/baseline/<area>.json file (docs: helper brief, README "What runs today"). */
export interface BaselineEntry {
  /** Relative to the corpus root ("channels/messaging/MM-T2132.md"). */
  path: string;
  area: string;
  exercises: string;
  /** Why this case's absence twin may pass (an expectation that holds without the actions). */
  kept?: string;
}

export interface Baseline {
  entries: BaselineEntry[];
  /** Which file each path came from. */
  fileOf: Map<string, string>;
}

interface BaselineFile {
  description: string;
  cases: BaselineEntry[];
}

/** The union of every `*.json` list in `dir`; a malformed file is an error naming it. */
export function loadBaseline(dir: string): Baseline {
  const entries: BaselineEntry[] = [];
  const fileOf = new Map<string, string>();
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const name of files) {
    const file = path.join(dir, name);
    let parsed: BaselineFile;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as BaselineFile;
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed.cases))
      throw new Error(`${file}: needs a "cases" list of { path, area, exercises }`);
    parsed.cases.forEach((entry, index) => {
      if (typeof entry?.path !== 'string' || !entry.path.endsWith('.md')) {
        throw new Error(`${file}: cases[${index}] needs a "path" to a case file relative to the corpus`);
      }
      if (fileOf.has(entry.path)) return; // listed twice (two areas): one entry is enough
      fileOf.set(entry.path, file);
      entries.push(entry);
    });
  }
  return { entries, fileOf };
}

/**
 * Up to `perFile` entries of each baseline file, evenly spread over its list (the first always among them): the
 * fast tier of `npm test`, which touches every area while the CI proof runs every case. Deterministic, so a
 * failure in the tier reproduces.
 */
export function sampleBaseline(baseline: Baseline, perFile: number): Set<string> {
  const byFile = new Map<string, string[]>();
  for (const entry of baseline.entries) {
    const file = baseline.fileOf.get(entry.path) ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), entry.path]);
  }
  const sample = new Set<string>();
  for (const paths of byFile.values()) {
    const take = Math.min(perFile, paths.length);
    for (let i = 0; i < take; i += 1) sample.add(paths[Math.floor((i * paths.length) / take)]);
  }
  return sample;
}

export interface BaselineCheck {
  /** Baseline cases this run covered that no longer pass. */
  regressions: CaseRecord[];
  /** Baseline cases not found in this run's corpus (moved or deleted case files). */
  missing: BaselineEntry[];
  /** Cases that pass and are in no baseline list. */
  newPasses: CaseRecord[];
}

/** Compares a run with the baseline; `covered` says whether a path was in this run's selection (--only). */
export function checkBaseline(
  baseline: Baseline,
  records: readonly CaseRecord[],
  covered: (relPath: string) => boolean,
): BaselineCheck {
  const byPath = new Map(records.map((r) => [r.path, r]));
  const regressions: CaseRecord[] = [];
  const missing: BaselineEntry[] = [];
  for (const entry of baseline.entries) {
    const record = byPath.get(entry.path);
    if (!record) {
      if (covered(entry.path)) missing.push(entry);
    } else if (record.outcome !== 'passed') regressions.push(record);
  }
  const newPasses = records.filter((r) => r.outcome === 'passed' && !baseline.fileOf.has(r.path));
  return { regressions, missing, newPasses };
}

/** Appends new passes to a baseline file (made if needed), with the case's name as what it exercises. */
export function appendToBaseline(file: string, passes: readonly { path: string; name: string }[]): void {
  const existing: BaselineFile = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BaselineFile)
    : {
        description:
          'Corpus cases found passing by `npm run reach -- --update-baseline` (unmodified, twins failing); move each to its area file and say what it exercises.',
        cases: [],
      };
  const known = new Set(existing.cases.map((c) => c.path));
  for (const pass of passes) {
    if (known.has(pass.path)) continue;
    existing.cases.push({
      path: pass.path,
      area: pass.path.split('/').slice(-2, -1)[0] ?? '',
      exercises: pass.name,
    });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(existing, null, 2)}\n`);
}
