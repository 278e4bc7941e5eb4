import { type Browser, chromium } from 'playwright';
import { CHROMIUM_ARGS, requireBrowser } from '../../tools/bdd/browser-path';

/** The sandbox's browser tests use the same browser and flags as `npm run bdd`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS, headless: true });
}
