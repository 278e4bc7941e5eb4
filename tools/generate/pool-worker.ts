/**
 * A conversion worker thread (started by pool.ts): takes jobs from its port and converts the batches it claims,
 * writing their features, while the main thread does the same on the same counters.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { CaseSet } from './case-set';
import { type ConversionJob, convertClaimed } from './claims';
import { FeatureFolder } from './feature-folder';

const port = (workerData as { port: MessagePort }).port;

port.on('message', (job: ConversionJob) => {
  try {
    const open = () => ({
      cases: new CaseSet(job.files),
      folder: new FeatureFolder(job.outDir, job.existing),
    });
    convertClaimed(job, open, (outcomes) => port.postMessage({ jobId: job.id, outcomes }));
  } catch (error) {
    port.postMessage({ jobId: job.id, error: (error as Error).stack ?? String(error) });
  }
});
