import type { CaseModel, InputProblem } from '../case';
import { type ConvertedCase, convertCase, validateFeature } from '../gherkin';
import type { CaseSet } from './case-set';
import type { CaseFile } from './discover';
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

/**
 * Converts cases, validates their features with @cucumber/gherkin and writes those whose text changed, one phase
 * at a time over the whole batch (read, parse, convert, validate, write). Running each case through every phase
 * in turn cost about 30% more CPU on the corpus (measured), for the reason `parseCases` gives.
 */
export function generateCases(
  files: readonly CaseFile[],
  cases: CaseSet,
  folder: FeatureFolder,
): CaseOutcome[] {
  const loaded = cases.casesIn(files);
  const conversions = loaded.map(({ model }) => model && convertOf(model, cases));
  const errors = conversions.map((conversion, index) =>
    conversion ? checked(conversion) : loaded[index].problems,
  );
  return files.map((file, index): CaseOutcome => {
    const conversion = conversions[index];
    // An incomplete or invalid feature is not written: the previous one (if any) stays as it was.
    if (!conversion || errors[index].length > 0) return { written: false, errors: errors[index] };
    return writeFeature(file, loaded[index].stamp ?? NO_STAMP, conversion, { cases, folder });
  });
}

function writeFeature(
  file: CaseFile,
  stamp: FileStamp,
  conversion: Conversion,
  { cases, folder }: { cases: CaseSet; folder: FeatureFolder },
): CaseOutcome {
  const { model, converted, asked } = conversion;
  const write = folder.write(folder.featurePathOf(file.relPath), converted.featureText);
  if ('reason' in write) {
    const advice = write.status === 'hand-written' ? ': move it away to generate this case' : '';
    return { written: false, errors: [{ file: file.file, line: 1, message: `${write.reason}${advice}` }] };
  }
  const priorityLevel = model.meta.priorityLevel;
  const entry = cacheEntry({ stamp, feature: write.stamp, converted, asked, cases, priorityLevel });
  return { entry, written: write.status === 'written', errors: [] };
}

interface Conversion {
  model: CaseModel;
  converted: ConvertedCase;
  /** The keys of the called cases it looked up. */
  asked: Set<string>;
}

function convertOf(model: CaseModel, cases: CaseSet): Conversion {
  const asked = new Set<string>();
  const converted = convertCase(model, (key) => {
    asked.add(key);
    return cases.resolve(key);
  });
  return { model, converted, asked };
}

/** The conversion's errors, a feature that @cucumber/gherkin rejects included. */
function checked({ model, converted }: Conversion): InputProblem[] {
  const errors = converted.problems.filter((problem) => !problem.warning);
  const planned = converted.steps.map((step) => step.text);
  const invalid = validateFeature(converted.featureText, planned);
  if (invalid) errors.push({ file: model.file, line: model.nameLine, message: `${model.key}: ${invalid}` });
  return errors;
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
