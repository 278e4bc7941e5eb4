import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';

/** Flags for Debian's chromium: no sandbox (containers), no GPU, and nothing that phones home during a run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's chromium: the real binary first (skips the shell wrapper and its stderr noise), then the wrapper. */
export const DEBIAN_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
/**
 * Debian's chrome-headless-shell (package chromium-headless-shell): the same engine without the desktop browser
 * around it. Playwright itself runs headless scenarios in this shell; here it halves the browser's CPU per
 * scenario (`npm run bench:parallel`), which is what limits a 2-core machine. Headless only.
 */
export const DEBIAN_HEADLESS_SHELL = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
];
/** What `apt-get install` needs for both: the shell for headless runs, chromium for HEADED=1. */
export const DEBIAN_PACKAGES = ['chromium', 'chromium-headless-shell'];

export interface BrowserProbe {
  env: NodeJS.ProcessEnv;
  isExecutable(file: string): boolean;
  /** Where a Playwright-installed chromium would be (it may not exist). */
  playwrightChromium(): string | undefined;
}

export const realProbe: BrowserProbe = {
  env: process.env,
  isExecutable(file) {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  playwrightChromium() {
    try {
      return require('playwright').chromium.executablePath() as string;
    } catch {
      return undefined;
    }
  },
};

/**
 * BROWSER_PATH, then (headless) Debian's headless shell, then Debian's chromium, then a Playwright-installed
 * chromium; undefined when none exists. A headed run (HEADED=1) needs a full chromium, never the shell.
 */
export function findBrowser(probe: BrowserProbe = realProbe, headless = true): string | undefined {
  const configured = probe.env.BROWSER_PATH;
  if (configured) {
    if (!probe.isExecutable(configured)) {
      throw new Error(`BROWSER_PATH=${configured} is not an executable file: fix it or unset BROWSER_PATH`);
    }
    return configured;
  }
  const shells = headless ? DEBIAN_HEADLESS_SHELL : [];
  const candidates = [...shells, ...DEBIAN_CHROMIUM, probe.playwrightChromium()].filter((c): c is string =>
    Boolean(c),
  );
  return candidates.find((candidate) => probe.isExecutable(candidate));
}

/** For tests and benchmarks: the browser `findBrowser()` picks, or an error saying how to get one. */
export function requireBrowser(): string {
  const found = findBrowser();
  if (!found)
    throw new Error('No chromium: set BROWSER_PATH or install Debian chromium (apt-get install chromium)');
  return found;
}

export interface InstallPlan {
  /** Commands (argv form), printed and run in order. */
  commands: string[][];
  why: string;
}

/** How to get a browser on this machine: apt as root on Debian/Ubuntu, else Playwright's installer. */
export function installPlan(env: { isRoot: boolean; osRelease: string; hasApt: boolean }): InstallPlan {
  const debianLike = /^(?:ID|ID_LIKE)=.*\b(?:debian|ubuntu)\b/m.test(env.osRelease);
  if (env.isRoot && debianLike && env.hasApt) {
    return {
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', ...DEBIAN_PACKAGES],
      ],
      why: 'running as root on Debian/Ubuntu',
    };
  }
  return { commands: [['npx', 'playwright', 'install', 'chromium']], why: 'not root on Debian/Ubuntu' };
}

function currentMachine() {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // not Linux, or a minimal image
  }
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return { isRoot: process.getuid?.() === 0, osRelease, hasApt };
}

/**
 * Finds a browser, installing one when none is found (printing what it runs). Throws with the exact command
 * to run, naming BROWSER_PATH, when that fails.
 */
export function ensureBrowser(log: (line: string) => void = console.error, headless = true): string {
  const found = findBrowser(realProbe, headless);
  if (found) return found;
  const plan = installPlan(currentMachine());
  log(`bdd: no chromium found (BROWSER_PATH unset, none in ${DEBIAN_CHROMIUM.join(', ')}); ${plan.why}:`);
  for (const command of plan.commands) {
    log(`bdd: running: ${command.join(' ')}`);
    if (spawnSync(command[0], command.slice(1), { stdio: 'inherit' }).status !== 0) break;
  }
  const installed = findBrowser(realProbe, headless);
  if (installed) return installed;
  const manual = plan.commands.map((c) => c.join(' ')).join(' && ');
  throw new Error(
    `no browser available. Install one with \`${manual}\` (as root on Debian/Ubuntu: ` +
      `\`apt-get install -y ${DEBIAN_PACKAGES.join(' ')}\`), or set BROWSER_PATH to a chromium or chrome executable.`,
  );
}
