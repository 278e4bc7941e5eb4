import os from 'node:os';
import {
  type ConversionContext,
  type ConversionJob,
  convertBatch,
  type IndexedOutcome,
  LARGEST_BATCH,
} from './claims';
import type { IdleCoresProbe } from './idle-cores';
import { ConversionPool } from './pool';

// Below this many cases to convert, handing batches to running workers costs more than it saves.
const MIN_PARALLEL_CASES = 400;
// A new worker loads every module and runs cold code for its first thousand cases, while it takes a core from
// V8's background compiler and garbage collector: every thread then warms up slower. So below this many cases new
// workers leave one idle core to V8. Measured on 2 cores, where that means no worker, one thread against two in a
// new process: 1.85 s against 2.33 s on the corpus (3,509 cases), 4.3 s against 4.4 s on 3 copies of it,
// 4.4 s against 3.9 s on 4.
const MIN_CASES_FOR_EVERY_CORE = 12_000;
// The idle counters tick every 10 ms: over a shorter watch the idle share is mostly rounding.
const PROBE_MS = 30;

export type StaleJob = Omit<ConversionJob, 'id' | 'counters' | 'threads'>;

export interface SharingOptions {
  /** Threads converting at once, this one included; default: this one plus one per core the probe saw idle. */
  threads?: number;
  /** Watching since the run started. */
  probe: IdleCoresProbe;
  onProgress?: (done: number) => void;
}

/**
 * Converts `job.stale` on this thread, shared with worker threads when the job is large enough. Unless the
 * number of threads is given or workers are already running, this thread converts on its own until the probe has
 * watched long enough to tell how many cores idle, then shares the rest. Outcomes in no particular order.
 */
export function convertStale(
  job: StaleJob,
  context: ConversionContext,
  { threads, probe, onProgress }: SharingOptions,
): { outcomes: IndexedOutcome[]; threads: number } {
  if (job.stale.length < MIN_PARALLEL_CASES) {
    return { outcomes: convertShared(job, context, 1, onProgress), threads: 1 };
  }
  if (threads !== undefined) return { outcomes: convertShared(job, context, threads, onProgress), threads };
  // Workers already running have no start-up left to pay back: they join at once. Should the cores be busy, they
  // only claim fewer batches.
  const running = largestPool();
  if (running) return { outcomes: running.run(job, context, onProgress), threads: running.workers + 1 };
  const head = convertHere(job, context, () => probe.elapsedMs < PROBE_MS, onProgress);
  const chosen = threadsFor(probe.idleCores(), job.stale.length);
  const rest = { ...job, stale: job.stale.slice(head.length) };
  const outcomes = convertShared(rest, context, chosen, (done) => onProgress?.(head.length + done));
  return { outcomes: head.concat(outcomes), threads: chosen };
}

/**
 * This thread plus one per core that sat idle, but one (see MIN_CASES_FOR_EVERY_CORE) unless the job is large: on
 * a busy machine extra threads would only compete with other processes, and a worker's start-up and cold JIT
 * would not be paid back.
 */
function threadsFor(idleCores: number, cases: number): number {
  const leftToV8 = cases >= MIN_CASES_FOR_EVERY_CORE ? 0 : 1;
  return Math.min(os.availableParallelism(), 1 + Math.max(0, Math.round(idleCores) - leftToV8));
}

/** Converts the stale cases, sharing them with `threads - 1` worker threads when there are several threads. */
function convertShared(
  job: StaleJob,
  context: ConversionContext,
  threads: number,
  onProgress?: (done: number) => void,
): IndexedOutcome[] {
  if (threads > 1) return poolOf(threads - 1).run(job, context, onProgress);
  return convertHere(job, context, () => true, onProgress);
}

/** Converts the stale cases on this thread, batch by batch, for as long as `goOn` says so. */
function convertHere(
  job: StaleJob,
  context: ConversionContext,
  goOn: () => boolean,
  onProgress?: (done: number) => void,
): IndexedOutcome[] {
  const outcomes: IndexedOutcome[] = [];
  while (outcomes.length < job.stale.length && goOn()) {
    onProgress?.(outcomes.length);
    const batch = job.stale.slice(outcomes.length, outcomes.length + LARGEST_BATCH);
    outcomes.push(...convertBatch(job.files, batch, context));
  }
  return outcomes;
}

const pools = new Map<number, ConversionPool>();

function largestPool(): ConversionPool | undefined {
  const sizes = [...pools.keys()];
  return sizes.length > 0 ? pools.get(Math.max(...sizes)) : undefined;
}

function poolOf(workers: number): ConversionPool {
  let pool = pools.get(workers);
  if (!pool) {
    pool = new ConversionPool(workers);
    pools.set(workers, pool);
  }
  return pool;
}
