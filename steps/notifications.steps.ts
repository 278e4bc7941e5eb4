import { defineStep } from '@cucumber/cucumber';
import { type CapturedNotification, waitForNotification } from '../support/notifications';
import { LONG_STEP_TIMEOUT_MS } from '../support/timeouts';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { durationIn } from './generic/durations';
import { sentence } from './generic/phrase';
import './mattermost';
import { definition } from './generic/define';
import { apiGet, type UserInfo } from './mattermost/api';
import { desktopLevelNamed } from './mattermost/desktop-notifications';
import { activitiesIn, makeActivity } from './mattermost/notifications/activity';
import { postAs } from './mattermost/other-user';
import { eventually } from './mattermost/posts/checks';
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

/**
 * "Desktop notification is sent (may take up to 1 min) for session expiry, even though other desktop
 * notifications are set to Never", "Wait, without viewing original session app/browser, until you see a desktop
 * notification": the notification arrives, and the preference really is what it says.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:wait,?\s+(?:without\s+[^,]+?,\s+)?until\s+you\s+(?:see|get|receive)\s+a\s+desktop\s+notification|(?:a\s+)?desktop\s+notification\s+(?:is|was|gets|should\s+be)\s+(?:sent|shown|displayed|received|fired|raised)(?:\s*\([^)]*\))?(?:\s+for\s+(${SUBJECT}))?(?:,?\s+even\s+though\s+(?:other\s+|all\s+)?desktop\s+notifications\s+are\s+set\s+to\s+(never|off|none|nothing))?)`,
    ),
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
    { timeout: LONG_STEP_TIMEOUT_MS },
  ),
);

/** After the last trigger, how long a notification may take before "never fired" is believed (the sandbox
 *  and Mattermost raise one well under a second after the post arrives). */
const QUIET_MS = 3_000;
const triggers = new WeakMap<CasebookWorld, number>();

/**
 * "Have another user post an at-mention and/or DM", "Have another user post a mention for you in a public channel
 * to send a desktop notification": the other user mentions this one in a public channel this one is not viewing (in the viewed channel of a focused window, Mattermost never notifies anyway).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:have\s+)?(?:another|the\s+other|a\s+second)\s+user\s+(?:posts?\s+)?(?:an?\s+)?(?:at-mention|@mention|mention)(?:\s+(?:and\s*/\s*or|or|and)\s+(?:a\s+)?DM)?(?:\s+(?:for|of|to)\s+you)?(?:\s+in\s+a\s+public\s+channel)?(?:\s+to\s+send\s+(?:you\s+)?a\s+desktop\s+notification)?`,
    ),
    async function (this: CasebookWorld) {
      const session = await this.session();
      const page = await this.appPage();
      const me = await apiGet<UserInfo>(session.context, '/api/v4/users/me');
      const viewing = new URL(page.url()).pathname.split('/').pop();
      const channel = viewing === 'off-topic' ? 'town-square' : 'off-topic';
      triggers.set(this, Date.now());
      await postAs(
        this.config.baseUrl,
        this.credentials('other'),
        channel,
        `@${me.username} casebook mention`,
      );
    },
  ),
);

/**
 * "Desktop Notifications are never fired.", "Observe there is no desktop notification" (none in this session since
 * the last trigger), and its other polarity "Desktop notifications are fired" (one arrives in time).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        // The singular positive ("a desktop notification is sent") is the step above's, with its subject and preference.
        String.raw`(?:(?:the\s+)?desktop\s+(?:notifications\s+(?:are|were)\s+((?:never|not)\s+)?|notification\s+(?:is|was)\s+((?:never|not)\s+))(?:fired|sent|shown|displayed|received|triggered|raised)|(?:observe\s+(?:that\s+)?)?there\s+is\s+(no)\s+desktop\s+notification)`,
      ),
      async function (
        this: CasebookWorld,
        neverPlural: string | null,
        neverSingular: string | null,
        noneObserved: string | null,
      ) {
        const never = neverPlural ?? neverSingular ?? noneObserved;
        const since = triggers.get(this);
        if (since === undefined)
          throw new Error('nothing in this scenario was expected to trigger a notification');
        const session = await this.session();
        const firedSince = () => session.notifications.all.filter((n) => n.at >= since);
        if (!never) {
          await eventually(this, async () =>
            firedSince().length ? undefined : 'no desktop notification was fired',
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, since + QUIET_MS - Date.now())));
        if (firedSince().length)
          throw new Error(`desktop notifications were fired: ${session.notifications.describe()}`);
      },
    ),
  ),
);

const ACTIVITY = String.raw`(?:mentions\s+of\s+your\s+name|(?:at-|@)?mentions)(?:\s+and\s+(?:when\s+)?(?:direct\s+messages|DMs)(?:\s+are\s+sent\s+to\s+you)?)?|all\s+activity(?:\s+in\s+the\s+(?:team|server|channel))?`;

/**
 * "Desktop Notifications are fired for mentions of your name and when direct messages are sent to you[, but not
 * for regular messages]", "Desktop Notifications are fired for all activity in the team": the other test user
 * makes each activity the line names (a mention, a direct message, a plain post in a channel not being viewed)
 * and a notification saying it arrives; each one "not for" names raises none. Negated: none arrives at all.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?desktop\s+notifications\s+(?:are|get)\s+(not\s+)?(?:fired|sent|shown|triggered|raised)\s+for\s+(${ACTIVITY})(?:,?\s+but\s+not\s+for\s+((?:regular|other)\s+messages))?`,
    ),
    async function (this: CasebookWorld, not: string | null, fired: string, notFor: string | null) {
      const session = await this.session();
      const expectations = [
        ...activitiesIn(fired).map((activity) => ({ activity, fires: !not })),
        ...activitiesIn(notFor ?? '').map((activity) => ({ activity, fires: false })),
      ];
      for (const { activity, fires } of expectations) {
        const since = Date.now();
        const message = await makeActivity(this, activity);
        const about = (n: CapturedNotification) => n.at >= since && n.body.includes(message);
        if (fires) {
          await waitForNotification([session.notifications], about, DEFAULT_NOTIFICATION_WAIT_MS).catch(
            (error: Error) => {
              throw new Error(`no desktop notification for a ${activity}: ${error.message}`);
            },
          );
          continue;
        }
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
        const raised = session.notifications.all.filter(about);
        if (raised.length)
          throw new Error(`a desktop notification was fired for a ${activity}: ${raised[0].body}`);
      }
    },
    { timeout: LONG_STEP_TIMEOUT_MS },
  ),
);
