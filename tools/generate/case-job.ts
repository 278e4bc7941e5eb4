import type { InputProblem } from '../case';
import { type ConvertedCase, convertCase, validateFeature } from '../gherkin';
import type { CaseSet } from './case-set';
import { type CaseFile, featurePathOf } from './discover';
import type { FeatureFolder } from './feature-folder';
import type { CacheEntry, FileStamp } from './manifest';

// An unreadable file's stamp: it matches no real file, so the next run tries the case again.
const NO_STAMP: FileStamp = { mtimeMs: 0, size: 0 };

export interface CaseOutcome {
  /** Set when a feature now exists for the case (written or already up to date). */
  entry?: CacheEntry;
  written: boolean;
  errors: InputProblem[];
}

/** Converts one case, validates the feature with @cucumber/gherkin and writes it when its text changed. */
export function generateCase(file: CaseFile, cases: CaseSet, folder: FeatureFolder): CaseOutcome {
  const loaded = cases.caseIn(file);
  if (!loaded.model) return { written: false, errors: loaded.problems };
  const asked = new Set<string>();
  const converted = convertCase(loaded.model, (key) => {
    asked.add(key);
    return cases.resolve(key);
  });
  const errors = converted.problems.filter((problem) => !problem.warning);
  const invalid = validateFeature(
    converted.featureText,
    converted.steps.map((step) => step.text),
  );
  if (invalid)
    errors.push({ file: file.file, line: loaded.model.nameLine, message: `${loaded.model.key}: ${invalid}` });
  // An incomplete or invalid feature is not written: the previous one (if any) stays as it was.
  if (errors.length > 0) return { written: false, errors };
  const write = folder.write(featurePathOf(file.relPath, folder.outDir), converted.featureText);
  if ('reason' in write) {
    const advice = write.status === 'hand-written' ? ': move it away to generate this case' : '';
    return { written: false, errors: [{ file: file.file, line: 1, message: `${write.reason}${advice}` }] };
  }
  const priorityLevel = loaded.model.meta.priorityLevel;
  const stamp = loaded.stamp ?? NO_STAMP;
  const entry = cacheEntry({ stamp, feature: write.stamp, converted, asked, cases, priorityLevel });
  return { entry, written: write.status === 'written', errors };
}

/** What the cache needs to trust this feature next time: the stamps of the case, its callees and the feature. */
function cacheEntry(facts: {
  stamp: FileStamp;
  feature: FileStamp;
  converted: ConvertedCase;
  asked: ReadonlySet<string>;
  cases: CaseSet;
  priorityLevel: string;
}): CacheEntry {
  const calls: Record<string, FileStamp> = {};
  const missing: string[] = [];
  for (const key of [...facts.asked].sort()) {
    const callee = facts.cases.fileOf(key);
    // The stamp of the callee as read for this conversion (it is loaded by now).
    const calleeStamp = callee && facts.cases.load(callee).stamp;
    if (callee && calleeStamp) calls[callee.relPath] = calleeStamp;
    else missing.push(key);
  }
  return {
    case: facts.stamp,
    feature: facts.feature,
    calls,
    missing,
    steps: facts.converted.steps.length,
    priority: /^P[1-4]\b/i.exec(facts.priorityLevel)?.[0].toUpperCase() ?? '(none)',
    warnings: facts.converted.problems.filter((problem) => problem.warning),
  };
}
