import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bdd` starts cucumber-js at once and the sandbox and the browser server while cucumber loads, so their
 * start-up times overlap instead of adding up. What they produce (BASE_URL, credentials, PW_WS_ENDPOINT) reaches
 * every cucumber process through this file in the run folder; a BeforeAll hook waits for it, so no scenario
 * starts before the server and the browser are up.
 */
export const HANDOFF_FILE = 'launcher-env.json';
/** Set by the launcher when cucumber must wait for the handoff file. */
export const HANDOFF_VAR = 'CASEBOOK_HANDOFF';
/** Parallel runs on the sandbox: one server URL per cucumber worker, in worker order, comma-separated. */
export const WORKER_URLS_VAR = 'CASEBOOK_WORKER_BASE_URLS';
const WAIT_MS = 120_000;
const POLL_MS = 20;

export type Handoff = { env: Record<string, string> } | { error: string };

/** Written once, atomically (temporary name, then rename), so a reader never sees half a file. */
export function writeHandoff(runDir: string, handoff: Handoff): void {
  const file = path.join(runDir, HANDOFF_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(handoff));
  renameSync(`${file}.tmp`, file);
}

function readHandoff(file: string): Handoff | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Handoff;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Waits for the launcher's handoff and copies its variables into `env`; no-op when not started by it. */
export async function receiveHandoff(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const runDir = env.CASEBOOK_RUN_DIR;
  if (env[HANDOFF_VAR] !== '1' || !runDir) return;
  const file = path.join(runDir, HANDOFF_FILE);
  const deadline = Date.now() + WAIT_MS;
  let handoff = readHandoff(file);
  while (!handoff) {
    if (Date.now() > deadline) throw new Error(`npm run bdd did not start the server and browser in time`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    handoff = readHandoff(file);
  }
  if ('error' in handoff) throw new Error(handoff.error);
  Object.assign(env, handoff.env);
  useOwnServer(env);
  env[HANDOFF_VAR] = 'done';
}

/**
 * A cucumber worker (CUCUMBER_WORKER_ID, set by cucumber-js --parallel) given one sandbox per worker takes its
 * own as BASE_URL; a single process, or a run against one BASE_URL, keeps BASE_URL.
 */
export function useOwnServer(env: NodeJS.ProcessEnv): void {
  const urls = env[WORKER_URLS_VAR]?.split(',').filter(Boolean) ?? [];
  const worker = Number(env.CUCUMBER_WORKER_ID);
  if (urls.length === 0 || !Number.isInteger(worker)) return;
  env.BASE_URL = urls[worker % urls.length];
}
