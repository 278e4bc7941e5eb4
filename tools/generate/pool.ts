import path from 'node:path';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { TS_LOADER } from '../ts-cache/loader';
import {
  type ConversionContext,
  type ConversionJob,
  convertClaimed,
  DONE,
  type IndexedOutcome,
  NEXT,
} from './claims';

interface WorkerReply {
  jobId: number;
  outcomes?: IndexedOutcome[];
  error?: string;
}

// A worker that has claimed a batch and reports nothing for this long is taken as dead.
const STALL_MS = 60_000;

const YOUNG_GENERATION_MB = 64;

const entry = path.join(__dirname, `pool-worker${path.extname(__filename)}`);
// A worker does not inherit the main thread's require hooks: under TypeScript it loads the project's loader
// itself (plain JavaScript from tools/ts-cache, no compiler), which keeps its start-up short. No execArgv: the
// worker needs no flag.
const bootstrap = entry.endsWith('.ts')
  ? `require(${JSON.stringify(TS_LOADER)}); require(${JSON.stringify(entry)});`
  : `require(${JSON.stringify(entry)});`;

/**
 * Worker threads that convert alongside the calling thread. They live as long as the process (like its loaded
 * modules, they cost their start-up once) and never keep it alive. `run` stays synchronous: the calling thread
 * converts batches itself, then blocks on the shared counter until the workers' batches are done and reads their
 * outcomes straight off their ports.
 */
export class ConversionPool {
  private readonly ports: MessagePort[] = [];
  private jobs = 0;

  constructor(workers: number) {
    for (let index = 0; index < workers; index++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(bootstrap, {
        eval: true,
        execArgv: [],
        // A case's parse leaves a few MB of short-lived tokens: a larger young generation than the default
        // scavenges about a third less often (measured: worker scavenge time per corpus run ~40% lower).
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        workerData: { port: port2 },
        transferList: [port2],
      });
      worker.unref();
      // A worker that dies (one that cannot load, say) only leaves its share to the others: the calling thread
      // always converts too. Without a listener its error would bring the whole process down.
      worker.on('error', () => this.ports.splice(this.ports.indexOf(port1), 1));
      this.ports.push(port1);
    }
  }

  /** The workers still alive. */
  get workers(): number {
    return this.ports.length;
  }

  /** Converts `job.stale` on the workers and the calling thread; outcomes in no particular order. */
  run(
    job: Omit<ConversionJob, 'id' | 'counters' | 'threads'>,
    context: ConversionContext,
    onProgress?: (done: number) => void,
  ): IndexedOutcome[] {
    const threads = this.workers + 1;
    const shared: ConversionJob = { ...job, id: ++this.jobs, counters: new SharedArrayBuffer(8), threads };
    const counters = new Int32Array(shared.counters);
    for (const port of this.ports) port.postMessage(shared);
    const outcomes: IndexedOutcome[] = [];
    const errors: string[] = [];
    try {
      convertClaimed(
        shared,
        () => context,
        (batch) => {
          outcomes.push(...batch);
          // Takes in the workers' outcomes so far: reading them all at the end would hold the run up.
          this.drain(shared, outcomes, errors);
          onProgress?.(Atomics.load(counters, DONE));
        },
      );
    } catch (error) {
      Atomics.store(counters, NEXT, shared.stale.length); // stop the workers from claiming more
      throw error;
    }
    this.awaitWorkers(shared, onProgress);
    this.drain(shared, outcomes, errors);
    if (errors.length > 0) throw new Error(`a conversion worker failed: ${errors[0]}`);
    return outcomes;
  }

  private awaitWorkers(job: ConversionJob, onProgress?: (done: number) => void): void {
    const counters = new Int32Array(job.counters);
    for (let done = Atomics.load(counters, DONE); done < job.stale.length; ) {
      if (Atomics.wait(counters, DONE, done, STALL_MS) === 'timed-out') {
        throw new Error(`a conversion worker stopped responding (${done}/${job.stale.length} cases done)`);
      }
      done = Atomics.load(counters, DONE);
      onProgress?.(done);
    }
  }

  /** Moves the replies waiting on the workers' ports into `outcomes` and `errors`. */
  private drain(job: ConversionJob, outcomes: IndexedOutcome[], errors: string[]): void {
    // Every batch is posted before it is counted done: once all are done, all replies are on the ports.
    for (const port of this.ports) {
      for (let reply = receiveMessageOnPort(port); reply; reply = receiveMessageOnPort(port)) {
        const { jobId, outcomes: batch, error } = reply.message as WorkerReply;
        if (jobId !== job.id) continue; // a reply to an earlier job that failed half-way
        if (error) errors.push(error);
        if (batch) outcomes.push(...batch);
      }
    }
  }
}
