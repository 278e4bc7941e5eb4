import { defineStep } from '@cucumber/cucumber';
import { type CapturedNotification, waitForNotification } from '../support/notifications';
import { LONG_STEP_TIMEOUT_MS } from '../support/timeouts';
import type { CasebookWorld } from '../support/world';
import { durationIn } from './generic/durations';
import { sentence } from './generic/phrase';
import './mattermost';
import { desktopLevelNamed } from './mattermost/desktop-notifications';
import { desiredDesktopLevel } from './mattermost/preferences';

/** Without a time in the step, how long to wait for a notification. */
const DEFAULT_NOTIFICATION_WAIT_MS = 15_000;
/** Time stated in the step, plus what the app needs to notice and reload (a status poll, then the page load). */
const RELOAD_ALLOWANCE_MS = 15_000;

function waitTime(world: CasebookWorld): number {
  const stated = durationIn(world.step.text);
  return stated === undefined ? DEFAULT_NOTIFICATION_WAIT_MS : stated + RELOAD_ALLOWANCE_MS;
}

/** What a notification "for X" must say, for the subjects the library knows. */
const SUBJECTS: [RegExp, (n: CapturedNotification) => boolean][] = [
  [
    /session\s+expir(?:y|ed|ation)|expired\s+session/i,
    (n) => /session expired/i.test(`${n.title} ${n.body}`),
  ],
];
const SUBJECT = String.raw`(?:the\s+)?(?:session\s+expiry|session\s+expiration|expired\s+session|the\s+session\s+expiring)`;

function waitInAnySession(world: CasebookWorld, matches: (n: CapturedNotification) => boolean) {
  const logs = world.sessions.all().map((session) => session.notifications);
  return waitForNotification(logs, matches, waitTime(world));
}

/** "Wait, without viewing original session app/browser, until you see a desktop notification (may take up to a minute)". */
defineStep(
  sentence(
    String.raw`wait,?\s+(?:without\s+[^,]+?,\s+)?until\s+you\s+(?:see|get|receive)\s+a\s+desktop\s+notification`,
  ),
  { timeout: LONG_STEP_TIMEOUT_MS },
  async function (this: CasebookWorld) {
    await waitInAnySession(this, () => true);
  },
);

/**
 * "Desktop notification is sent (may take up to 1 min) for session expiry, even though other desktop
 * notifications are set to Never": the notification arrives, and the preference really is what it says.
 */
defineStep(
  sentence(
    String.raw`(?:a\s+)?desktop\s+notification\s+(?:is|was|gets|should\s+be)\s+(?:sent|shown|displayed|received|fired|raised)(?:\s*\([^)]*\))?(?:\s+for\s+(${SUBJECT}))?(?:,?\s+even\s+though\s+(?:other\s+|all\s+)?desktop\s+notifications\s+are\s+set\s+to\s+(never|off|none|nothing))?`,
  ),
  { timeout: LONG_STEP_TIMEOUT_MS },
  async function (this: CasebookWorld, subject: string | null, preference: string | null) {
    const matches = subject ? SUBJECTS.find(([pattern]) => pattern.test(subject))![1] : () => true;
    await waitInAnySession(this, matches);
    if (preference) {
      const expected = desktopLevelNamed(preference)!;
      const actual = await desiredDesktopLevel(this);
      if (actual !== expected)
        throw new Error(`desktop notifications are set to "${actual}", not "${expected}"`);
    }
  },
);
