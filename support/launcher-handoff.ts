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
  env[HANDOFF_VAR] = 'done';
}
