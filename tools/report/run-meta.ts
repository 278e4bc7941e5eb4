// run-meta.json, written by the launcher (tools/bdd) next to the results: where and with what the run
// happened. Optional: a report built from bare Cucumber output simply shows less.
import fs from 'node:fs';
import { z } from 'zod';

const text = z.string().optional().catch(undefined);
const number = z.number().optional().catch(undefined);
const runMetaSchema = z.object({
  baseUrl: text,
  target: text,
  browserName: text,
  browserVersion: text,
  browserPath: text,
  serverVersion: text,
  startedAt: text,
  finishedAt: text,
  durationMs: number,
  gitCommit: text,
  platform: text,
  node: text,
  cucumberArgs: z.array(z.string()).optional().catch(undefined),
});
export type RunMeta = z.infer<typeof runMetaSchema>;

function readRunMeta(file: string, warn: (message: string) => void): RunMeta | undefined {
  try {
    return runMetaSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    warn(`${file}: unreadable run metadata (${(error as Error).message}); ignored`);
    return undefined;
  }
}

const time = (iso: string | undefined): number => (iso ? Date.parse(iso) || 0 : 0);

/** Several runs (shards, reruns): the run span covers all of them; the other fields come from the latest. */
export function mergedRunMeta(files: string[], warn: (message: string) => void): RunMeta {
  const metas = files.flatMap((file) => readRunMeta(file, warn) ?? []);
  if (metas.length <= 1) return metas[0] ?? {};
  const byStart = [...metas].sort((a, b) => time(a.startedAt) - time(b.startedAt));
  const startedAt = byStart.find((meta) => meta.startedAt)?.startedAt;
  const finishedAt = [...metas].sort((a, b) => time(b.finishedAt) - time(a.finishedAt))[0]?.finishedAt;
  const durationMs = startedAt && finishedAt ? time(finishedAt) - time(startedAt) : undefined;
  return { ...byStart.at(-1), startedAt, finishedAt, durationMs };
}
