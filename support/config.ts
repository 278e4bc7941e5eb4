/**
 * Run settings read from the environment. `npm run bdd` (tools/bdd) fills in BASE_URL, BROWSER_PATH and the
 * sandbox credentials before starting cucumber-js; when run by hand, the same variables apply.
 */
export type Role = 'default' | 'other' | 'admin';

export interface Credentials {
  username: string;
  password: string;
}

export interface RunConfig {
  baseUrl: string;
  browserPath?: string;
  /** A Playwright browser server to connect to (PW_WS_ENDPOINT) instead of launching a browser. */
  wsEndpoint?: string;
  headless: boolean;
  trace: TraceMode;
  /** Folder where each worker records the PIDs of the browsers it launches, so the launcher can reap them. */
  runDir?: string;
  users: Record<Role, Credentials>;
}

/**
 * When a scenario's sessions record a Playwright trace (kept only when the scenario then fails). A trace with DOM
 * snapshots costs a quarter of a short scenario's time, so by default only retries record one, as Playwright's
 * own `on-first-retry`; `retain-on-failure` records every attempt (`on-failure` is its older name here).
 */
export const TRACE_MODES = ['on-first-retry', 'retain-on-failure', 'off'] as const;
export type TraceMode = (typeof TRACE_MODES)[number];

/** TRACE from the environment, or an error naming the setting and its values. */
export function traceModeOf(env: NodeJS.ProcessEnv = process.env): TraceMode {
  const value = env.TRACE || 'on-first-retry';
  if (value === 'on-failure') return 'retain-on-failure';
  if ((TRACE_MODES as readonly string[]).includes(value)) return value as TraceMode;
  throw new Error(`TRACE=${value} is not one of ${TRACE_MODES.join(', ')}: fix it or unset TRACE`);
}

/** Whether the attempt (0 for the first run of a scenario, 1 for its first retry…) records traces. */
export function recordsTrace(mode: TraceMode, attempt: number): boolean {
  return mode === 'retain-on-failure' || (mode === 'on-first-retry' && attempt > 0);
}

const USER_VARS: Record<Role, [string, string]> = {
  default: ['MM_USERNAME', 'MM_PASSWORD'],
  other: ['MM_OTHER_USERNAME', 'MM_OTHER_PASSWORD'],
  admin: ['MM_ADMIN_USERNAME', 'MM_ADMIN_PASSWORD'],
};

export function readRunConfig(env: NodeJS.ProcessEnv = process.env): RunConfig {
  // Checked when a step first needs the server (a dry run needs none).
  const baseUrl = env.BASE_URL?.replace(/\/+$/, '') ?? '';
  return {
    baseUrl,
    browserPath: env.BROWSER_PATH || undefined,
    wsEndpoint: env.PW_WS_ENDPOINT || undefined,
    headless: env.HEADED !== '1',
    trace: traceModeOf(env),
    runDir: env.CASEBOOK_RUN_DIR || undefined,
    users: readUsers(env),
  };
}

function readUsers(env: NodeJS.ProcessEnv): Record<Role, Credentials> {
  const users = {} as Record<Role, Credentials>;
  for (const [role, [userVar, passwordVar]] of Object.entries(USER_VARS) as [Role, [string, string]][]) {
    users[role] = { username: env[userVar] ?? '', password: env[passwordVar] ?? '' };
  }
  return users;
}

export function requireBaseUrl(config: RunConfig): string {
  if (!config.baseUrl) {
    throw new Error(
      'BASE_URL is not set: run the suite with `npm run bdd` (it starts the sandbox) or set BASE_URL',
    );
  }
  return config.baseUrl;
}

/** The credentials of a role, or an error naming the variables to set. */
export function credentialsFor(config: RunConfig, role: Role): Credentials {
  const found = config.users[role];
  if (!found.username || !found.password) {
    const [userVar, passwordVar] = USER_VARS[role];
    throw new Error(`no credentials for the ${role} user: set ${userVar} and ${passwordVar}`);
  }
  return found;
}
