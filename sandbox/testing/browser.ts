import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright';

/** The flags Debian chromium needs on this kind of machine (no sandbox, no GPU, no network side-traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `BROWSER_PATH`, else Debian's chromium binary, else its wrapper script. */
export function findChromium(): string {
  const candidates = [process.env.BROWSER_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found: set BROWSER_PATH or install Debian chromium (apt-get install chromium); looked at ' +
        candidates.filter(Boolean).join(', '),
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
