import path from 'node:path';
import type { InputProblem } from '../case';
import type { CaseOutcome } from './case-job';
import { CaseSet } from './case-set';
import { type CaseFile, displayPath, findCaseFiles, type UnreadableFolder } from './discover';
import { FeatureFolder } from './feature-folder';
import { IdleCoresProbe } from './idle-cores';
import { type CacheEntry, type Manifest, readManifest, sameStamp, stampOf, writeManifest } from './manifest';
import { convertStale, type SharingOptions, type StaleJob } from './sharing';
import { generatorVersion } from './version';

export interface GenerateOptions {
  /** Folder of markdown cases (default "cases"). */
  casesDir: string;
  /** Folder for the features (default "features"). */
  outDir: string;
  /** Paths in features and messages are relative to it (default: the current directory). */
  rootDir?: string;
  onProgress?: (done: number, total: number) => void;
  /** Threads converting at once, this one included (default: this one plus one per idle core). */
  threads?: number;
}

export interface GenerateReport {
  cases: number;
  /** Features now in place (one scenario each). */
  scenarios: number;
  steps: number;
  errors: InputProblem[];
  warnings: InputProblem[];
  /** Scenarios per priority level (P1…P4). */
  byPriority: Record<string, number>;
  written: number;
  unchanged: number;
  removed: number;
  durationMs: number;
  /** Threads that converted (1 when the job was too small to share). */
  threads: number;
}

/**
 * Generates `outDir/<path>/<KEY>.feature` for every `casesDir/<path>/<KEY>.md`. Incremental: a case whose
 * markdown, called cases and feature are unchanged since the last run (per the cache manifest) is skipped.
 */
export function generate(options: GenerateOptions): GenerateReport {
  const started = performance.now();
  // Watches the cores from the start: the survey keeps this thread busy, so the others' idle time shows.
  const probe = new IdleCoresProbe();
  const survey = surveyCases(options);
  const { files, folder, outcomes, stale } = survey;
  const progress = (done: number) => options.onProgress?.(files.length - stale.length + done, files.length);
  progress(0);
  const job = { files, stale, outDir: folder.outDir, existing: folder.listed };
  const sharing = { threads: options.threads, probe, onProgress: progress };
  const threads = convertAndPublish(job, survey, sharing);
  progress(stale.length);
  const report = reportOf(files.length, outcomes as CaseOutcome[]);
  report.errors.unshift(...survey.unreadable.map(unreadableProblem));
  // The features of cases in a folder that could not be listed are kept: those cases may well still exist.
  const kept = survey.unreadable.map((folder) => `${folder.relPath}/`);
  report.removed = folder.removeStale(
    files.map((file) => file.relPath),
    kept,
  );
  writeManifest(folder.outDir, manifestOf(survey.identity, files, outcomes as CaseOutcome[]));
  report.durationMs = performance.now() - started;
  report.threads = threads;
  return report;
}

/** The input files, and the outcome of every case the cache vouches for (the rest is stale). */
function surveyCases(options: GenerateOptions) {
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  const casesDir = path.resolve(options.casesDir);
  const unreadable: UnreadableFolder[] = [];
  const files = findCaseFiles(casesDir, rootDir, unreadable);
  const cases = new CaseSet(files);
  const identity = `${generatorVersion()} ${displayPath(casesDir, rootDir)}`;
  const folder = new FeatureFolder(path.resolve(options.outDir));
  const previous = readManifest(folder.outDir, identity);
  const outcomes = files.map((file): CaseOutcome | undefined => {
    const cached = previous.cases[file.relPath];
    const fresh = cached && isFresh(cached, file, cases, folder);
    return fresh ? { entry: cached, written: false, errors: [] } : undefined;
  });
  const stale = outcomes.flatMap((outcome, index) => (outcome ? [] : [index]));
  return { files, cases, identity, folder, outcomes, stale, unreadable };
}

function unreadableProblem(folder: UnreadableFolder): InputProblem {
  const message = `cannot read this folder of cases (${folder.code}): its cases were skipped; make it readable (chmod) or move it out of the cases folder`;
  return { file: folder.file, line: 1, message };
}

/**
 * Converts the stale cases into `survey.outcomes` and moves the new folders they filled into place (a failed run
 * leaves none behind); a case whose feature could not be moved gets that error. Returns the threads it took.
 */
function convertAndPublish(job: StaleJob, survey: Survey, sharing: SharingOptions): number {
  const { files, cases, folder, outcomes } = survey;
  let converted: ReturnType<typeof convertStale>;
  try {
    converted = convertStale(job, { cases, folder }, sharing);
  } catch (error) {
    folder.discardStaged();
    throw error;
  }
  for (const [index, outcome] of converted.outcomes) outcomes[index] = outcome;
  const failures = folder.publish();
  if (failures.size > 0) {
    files.forEach((file, index) => {
      const reason = failures.get(folder.featurePathOf(file.relPath));
      if (reason)
        outcomes[index] = { written: false, errors: [{ file: file.file, line: 1, message: reason }] };
    });
  }
  return converted.threads;
}

type Survey = ReturnType<typeof surveyCases>;

function isFresh(entry: CacheEntry, file: CaseFile, cases: CaseSet, folder: FeatureFolder) {
  if (!sameStamp(entry.case, stampOf(file.path)) || cases.duplicateOf(file)) return false;
  if (!sameStamp(entry.feature, stampOf(folder.featurePathOf(file.relPath)))) return false;
  const callsUnchanged = Object.entries(entry.calls).every(([relPath, calleeStamp]) => {
    const callee = cases.fileAt(relPath);
    return callee !== undefined && sameStamp(calleeStamp, stampOf(callee.path));
  });
  return callsUnchanged && entry.missing.every((key) => cases.fileOf(key) === undefined);
}

function unique(problems: readonly InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = `${problem.file}:${problem.line}:${problem.message}`;
    return !seen.has(id) && seen.add(id) !== undefined;
  });
}

function emptyReport(cases: number): GenerateReport {
  return {
    cases,
    scenarios: 0,
    steps: 0,
    errors: [],
    warnings: [],
    byPriority: {},
    written: 0,
    unchanged: 0,
    removed: 0,
    durationMs: 0,
    threads: 1,
  };
}

function reportOf(cases: number, outcomes: readonly CaseOutcome[]): GenerateReport {
  const report = emptyReport(cases);
  for (const outcome of outcomes) record(report, outcome);
  // A called case's problem shows up once per caller: report it once.
  report.errors = unique(report.errors);
  report.warnings = unique(report.warnings);
  return report;
}

function manifestOf(
  identity: string,
  files: readonly CaseFile[],
  outcomes: readonly CaseOutcome[],
): Manifest {
  const cases: Manifest['cases'] = {};
  files.forEach((file, index) => {
    const entry = outcomes[index].entry;
    if (entry) cases[file.relPath] = entry;
  });
  return { identity, cases };
}

function record(report: GenerateReport, outcome: CaseOutcome): void {
  report.errors.push(...outcome.errors);
  const entry = outcome.entry;
  if (!entry) return;
  report.warnings.push(...entry.warnings);
  report.scenarios++;
  report.steps += entry.steps;
  report.byPriority[entry.priority] = (report.byPriority[entry.priority] ?? 0) + 1;
  if (outcome.written) report.written++;
  else report.unchanged++;
}
