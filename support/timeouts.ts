import type { Timeouts } from './session';

/** Playwright's timeouts, unless cucumber.js `worldParameters.timeouts` says otherwise. */
export const DEFAULT_TIMEOUTS: Timeouts = { actionMs: 10_000, navigationMs: 15_000, expectMs: 10_000 };

/**
 * Cucumber's limit for one step. Playwright's own timeouts (DEFAULT_TIMEOUTS in world.ts, or `worldParameters`
 * in cucumber.js) stay below it, so a stuck action fails with Playwright's message, which names the locator.
 * Steps that wait longer on purpose ("may take up to a minute") declare their own timeout.
 */
export const STEP_TIMEOUT_MS = 30_000;

/** Timeout for the steps that wait for slow app behaviour (session expiry is noticed within a minute). */
export const LONG_STEP_TIMEOUT_MS = 150_000;
