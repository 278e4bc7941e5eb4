import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SandboxOptions } from '../../sandbox/server';
import { WORKER_URLS_VAR } from '../../support/launcher-handoff';

/** The server the scenarios run against. */
export interface Target {
  kind: 'sandbox' | 'external';
  baseUrl: string;
  serverVersion?: string;
  /** Variables the cucumber process needs (BASE_URL and, for the sandbox, its seeded credentials). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export const SANDBOX_SEED = 'sandbox/seed/test.json';
/** The sandbox notices a revoked session on its next status poll; a short poll keeps scenarios fast. */
export const SANDBOX_STATUS_INTERVAL_MS = 1_000;

interface SeedUser {
  username: string;
  password: string;
  roles?: string;
}

/** MM_* credentials for the seeded users: the first admin, and the first two other users. */
export function credentialsFromSeed(seedFile: string): Record<string, string> {
  const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { users?: SeedUser[] };
  const users = seed.users ?? [];
  const admin = users.find((u) => /system_admin/.test(u.roles ?? ''));
  const [first, second] = users.filter((u) => u !== admin);
  const env: Record<string, string> = {};
  const put = (prefix: string, user?: SeedUser) => {
    if (!user) return;
    env[`${prefix}USERNAME`] = user.username;
    env[`${prefix}PASSWORD`] = user.password;
  };
  put('MM_', first);
  put('MM_OTHER_', second);
  put('MM_ADMIN_', admin);
  return env;
}

/** The version a Mattermost server reports: the X-Version-Id header, else the client config's Version. */
async function serverVersionOf(baseUrl: string): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}/api/v4/config/client?format=old`, {
    signal: AbortSignal.timeout(5_000),
  });
  const header = response.headers.get('x-version-id');
  if (header) return header;
  const config = (await response.json().catch(() => ({}))) as { Version?: string };
  return config.Version;
}

/** Uses BASE_URL after checking it answers, with a clear error naming it when it does not. */
export async function externalTarget(baseUrl: string): Promise<Target> {
  const base = baseUrl.replace(/\/+$/, '');
  try {
    const ping = await fetch(`${base}/api/v4/system/ping`, { signal: AbortSignal.timeout(10_000) });
    if (ping.status >= 500) throw new Error(`it answered ${ping.status} to /api/v4/system/ping`);
  } catch (error) {
    const reason =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : error;
    throw new Error(
      `BASE_URL=${base} is not reachable (${reason}). Start that server, or unset BASE_URL to run against the sandbox.`,
    );
  }
  const serverVersion = await serverVersionOf(base).catch(() => undefined);
  return { kind: 'external', baseUrl: base, serverVersion, env: { BASE_URL: base }, close: async () => {} };
}

/** How `npm run bdd` starts the sandbox (the benchmarks' plain Playwright side starts it the same way). */
export function runSandboxOptions(repoRoot: string): SandboxOptions {
  return {
    port: 0,
    host: '127.0.0.1',
    seedFile: path.join(repoRoot, SANDBOX_SEED),
    statusIntervalMs: SANDBOX_STATUS_INTERVAL_MS,
    // A run's sandbox is thrown away after it: hashing its passwords slowly would only take CPU from the browser.
    passwordCost: 'fast',
    logger: false,
  };
}

/**
 * Starts the sandbox on a free port with the test seed; with `workers` > 1, one sandbox per cucumber worker, each
 * with its own database, so parallel scenarios never share an account, a preference or a post (cases change the
 * seeded accounts' passwords, sessions and settings and put them back only after the scenario).
 */
export async function sandboxTarget(repoRoot: string, workers = 1): Promise<Target> {
  const options = runSandboxOptions(repoRoot);
  const seedFile = options.seedFile!;
  const { startSandbox } = await import('../../sandbox/server');
  const started = await Promise.allSettled(Array.from({ length: workers }, () => startSandbox(options)));
  const sandboxes = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  const [first] = sandboxes;
  const serverVersion = await serverVersionOf(first.url).catch(() => undefined);
  const workerUrls: Record<string, string> =
    workers > 1 ? { [WORKER_URLS_VAR]: sandboxes.map((s) => s.url).join(',') } : {};
  return {
    kind: 'sandbox',
    baseUrl: sandboxes.map((s) => s.url).join(', '),
    serverVersion,
    env: { BASE_URL: first.url, ...workerUrls, ...credentialsFromSeed(seedFile) },
    close,
  };
}
