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
  /** 'off' never records a trace; 'on-failure' records one per session and keeps it only when a scenario fails. */
  trace: 'off' | 'on-failure';
  /** Folder where each worker records the PIDs of the browsers it launches, so the launcher can reap them. */
  runDir?: string;
  users: Record<Role, Credentials>;
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
    trace: env.TRACE === 'off' ? 'off' : 'on-failure',
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
