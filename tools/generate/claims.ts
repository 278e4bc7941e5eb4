import { type CaseOutcome, generateCases } from './case-job';
import type { CaseSet } from './case-set';
import type { CaseFile } from './discover';
import type { FeatureFolder } from './feature-folder';

/** The cases one `generate()` call must convert, as every thread working on it sees them. */
export interface ConversionJob {
  id: number;
  files: CaseFile[];
  /** Indexes into `files` of the cases to convert (those the cache cannot vouch for). */
  stale: number[];
  outDir: string;
  /** Features found in `outDir` before the run, so no thread has to list the folder again. */
  existing: string[];
  /** Two Int32 counters shared by all threads: the next position of `stale` to claim, and cases done. */
  counters: SharedArrayBuffer;
}

export interface ConversionContext {
  cases: CaseSet;
  folder: FeatureFolder;
}

export const NEXT = 0;
export const DONE = 1;
// Small enough that the threads finish together, large enough that claiming costs nothing and that each phase of
// the conversion runs over enough cases to stay warm (see generateCases).
export const BATCH = 16;

export type IndexedOutcome = [index: number, outcome: CaseOutcome];

/**
 * Claims batches of `job.stale` until none are left and converts them. Every thread (main and workers) runs this
 * same loop on the same counters, so work spreads by itself whatever each thread's speed or start-up delay.
 * `deliver` gets each batch's outcomes before the batch counts as done.
 */
export function convertClaimed(
  job: ConversionJob,
  open: () => ConversionContext,
  deliver: (outcomes: IndexedOutcome[]) => void,
): void {
  const counters = new Int32Array(job.counters);
  let context: ConversionContext | undefined;
  for (;;) {
    const start = Atomics.add(counters, NEXT, BATCH);
    if (start >= job.stale.length) return;
    const batch = job.stale.slice(start, start + BATCH);
    try {
      // Opened on the first claim only: a worker that starts late must not touch a folder whose job is over.
      context ??= open();
      deliver(convertBatch(job.files, batch, context));
    } finally {
      // Counted even when it threw, so whoever waits for the job is not left waiting; the error travels apart.
      Atomics.add(counters, DONE, batch.length);
      Atomics.notify(counters, DONE);
    }
  }
}

/** Converts the cases at `indexes` of `files`, paired with their index. */
export function convertBatch(
  files: readonly CaseFile[],
  indexes: readonly number[],
  { cases, folder }: ConversionContext,
): IndexedOutcome[] {
  const outcomes = generateCases(
    indexes.map((index) => files[index]),
    cases,
    folder,
  );
  return outcomes.map((outcome, position) => [indexes[position], outcome]);
}
