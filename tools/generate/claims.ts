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
  /** Threads converting the job, the calling one included: batches shrink as the end nears (see `claimBatch`). */
  threads: number;
}

export interface ConversionContext {
  cases: CaseSet;
  folder: FeatureFolder;
}

export const NEXT = 0;
export const DONE = 1;
// Every phase of the conversion runs over a whole batch (see generateCases), and a longer run of one phase keeps
// its code and type feedback warm: on the corpus, batches of 96 cases took about 5% less time than batches of 16,
// on one thread and on two (measured alternately in one process; 256 was slower again, as the parse state of a
// whole batch then lives through more scavenges). Near the end of a shared job batches shrink to SMALLEST_BATCH,
// so that the threads still finish together.
export const LARGEST_BATCH = 96;
const SMALLEST_BATCH = 16;

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
    const claimed = claimBatch(counters, job.stale.length, job.threads);
    if (!claimed) return;
    const batch = job.stale.slice(claimed.start, claimed.end);
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

/**
 * Claims the next batch of a job of `total` cases shared by `threads` threads: positions `start` to `end`
 * (exclusive), or undefined when none is left. A batch is at most a quarter of what is left per thread, so
 * that the last batches are small and no thread is left converting long after the others are done.
 */
export function claimBatch(
  counters: Int32Array,
  total: number,
  threads: number,
): { start: number; end: number } | undefined {
  for (;;) {
    const start = Atomics.load(counters, NEXT);
    if (start >= total) return undefined;
    const size = Math.min(
      LARGEST_BATCH,
      Math.max(SMALLEST_BATCH, Math.ceil((total - start) / (4 * threads))),
    );
    const end = Math.min(total, start + size);
    // Another thread may have claimed meanwhile: then try again from where it left off.
    if (Atomics.compareExchange(counters, NEXT, start, end) === start) return { start, end };
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
