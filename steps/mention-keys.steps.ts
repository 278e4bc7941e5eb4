import { defineStep } from '@cucumber/cucumber';
import { waitForNotification } from '../support/notifications';
import { LONG_STEP_TIMEOUT_MS } from '../support/timeouts';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import {
  atSigns,
  postTriggers,
  type TriggerPost,
  triggerPosts,
} from './mattermost/notifications/mention-posts';
import {
  ensureProfileValue,
  keepNotifyPropsForCleanup,
  settingsCheckbox,
} from './mattermost/notifications/mention-settings';
import { POST } from './mattermost/posts/selectors';

/** How long a desktop notification may take after its post shows, before "not received" is believed. */
const QUIET_MS = 3_000;
const NOTIFICATION_WAIT_MS = 15_000;

/**
 * "De-select "Your non-case sensitive username"", "Uncheck "Your non-case sensitive username [name]"",
 * "De-select "channel-wide mentions "[at]channel, [at]all, [at]here""": clears that checkbox of the open settings.
 */
defineStep(
  ...definition(
    sentence(String.raw`(?:de-?select|uncheck|untick)\s+(?:the\s+)?["“\x60](.+)["”\x60]`),
    async function (this: CasebookWorld, label: string) {
      await keepNotifyPropsForCleanup(this);
      const box = await settingsCheckbox(await this.appPage(), label);
      await box.setChecked(false);
    },
  ),
);

/**
 * "Ensure that your username does not appear in the "Other non-case sensitive words, separated by commas" box":
 * takes the username out of the words that trigger mentions, if it is there.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`ensure\s+(?:that\s+)?your\s+username\s+(?:does\s+not|doesn't)\s+appear\s+in\s+the\s+(${QUOTED})\s+(?:box|field|list)`,
    ),
    async function (this: CasebookWorld, label: string) {
      if (!/other.*words/i.test(unquote(label))) {
        throw new Error(`"${unquote(label)}" is not the box of other words that trigger mentions`);
      }
      const page = await this.appPage();
      const session = await this.session();
      const username = (session.user ?? this.credentials('default')).username.toLowerCase();
      const field = page.locator('#notificationTriggerCustomText');
      const words = (await field.inputValue()).split(',').map((word) => word.trim());
      await field.fill(words.filter((word) => word && word.toLowerCase() !== username).join(','));
    },
  ),
);

/**
 * "Ensure a first name is set in Account Settings ➜ Full Name", "On an account that has a nickname set:": gives
 * the user one if it has none.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:ensure\s+(?:that\s+)?(?:a|your)\s+(first\s+name|last\s+name|nickname|position)\s+is\s+set(?:\s+in\s+.+)?|on\s+an\s+account\s+that\s+has\s+(?:a|an)\s+(first\s+name|last\s+name|nickname|position)\s+set\s*:?)`,
    ),
    async function (this: CasebookWorld, ensured: string | null, has: string | null) {
      const field = (ensured ?? has) as string;
      const name = field.toLowerCase().replace(/\s+/g, '_') as 'first_name';
      // The app opens first: a user who already has the value is left as is, and the next line starts in the app.
      await this.appPage();
      await ensureProfileValue(this, name);
    },
  ),
);

/**
 * "Use another account to post a message containing the word `Asparagus` with a capital `A`", "… @-mentioning
 * your username", "… post `\[at]channel` in a channel both accounts are in", "… with your first name with
 * matching case, and another message with your first name not matching case".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:use|have)\s+(?:another|a\s+second|the\s+other|a\s+different)\s+(?:test\s+)?(?:account|user)\s+(?:to\s+)?post\s+((?:a\s+message\s+|[\x60"“']).+?)(?:\s+in\s+a\s+channel\s+both\s+(?:accounts|users)\s+are\s+in)?`,
    ),
    async function (this: CasebookWorld, described: string) {
      await postTriggers(this, await this.appPage(), [described.replace(/^a\s+message\s+/i, '')]);
    },
  ),
);

/** The trigger posts a line speaks of: "for the (at)-channel post", "when your first name with non-matching case…". */
function postsMeant(world: CasebookWorld, about: string | null): TriggerPost[] {
  const posts = triggerPosts(world);
  if (!about) return posts;
  const words = atSigns(about).toLowerCase().replace(/-/g, '');
  const byTerm = posts.filter((post) => words.includes(post.term.toLowerCase()));
  if (byTerm.length) return byTerm;
  const mismatched = /(?:not|non)\s*-?\s*matching/i.test(about);
  const meant = posts.filter((post) => post.mismatched === mismatched);
  if (!meant.length) throw new Error(`no message posted in this scenario is the one "${about}"`);
  return meant;
}

async function highlighted(world: CasebookWorld, post: TriggerPost): Promise<boolean> {
  const page = await world.appPage();
  const marks = page.locator(`${POST.text(post.post.id)} .mention--highlight`);
  const texts = (await marks.allTextContents()).map((text) => text.trim().toLowerCase());
  return texts.includes(post.term.toLowerCase());
}

async function checkHighlight(world: CasebookWorld, posts: TriggerPost[], wanted: boolean): Promise<void> {
  for (const post of posts) {
    if ((await highlighted(world, post)) !== wanted) {
      throw new Error(`"${post.term}" is ${wanted ? 'not ' : ''}highlighted in "${post.post.message}"`);
    }
  }
}

async function checkNotified(world: CasebookWorld, posts: TriggerPost[], wanted: boolean): Promise<void> {
  const session = await world.session();
  for (const post of posts) {
    const about = (n: { body: string }) => n.body.includes(post.post.message);
    if (wanted) {
      await waitForNotification([session.notifications], about, NOTIFICATION_WAIT_MS).catch(() => {
        throw new Error(
          `no desktop notification for "${post.post.message}": ${session.notifications.describe()}`,
        );
      });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, post.at + QUIET_MS - Date.now())));
    if (session.notifications.all.some(about)) {
      throw new Error(`a desktop notification was raised for "${post.post.message}"`);
    }
  }
}

/**
 * "You receive a notification (except IE 11) and your username is highlighted.", "You do not receive a
 * notification for the (at)-channel post", "You receive notifications when your case sensitive first name is
 * mentioned.": a desktop notification for each post meant (or none), and the mention highlighted in it.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:you\s+|the\s+user\s+)?(do\s+not\s+|don't\s+|does\s+not\s+|should\s+not\s+)?(?:do\s+|does\s+|should\s+)?(?:receives?|gets?|get)\s+(?:a\s+|an\s+)?(?:desktop\s+)?notifications?(?:\s*\(except[^)]*\))?(?:\s+for\s+the\s+(.+?)\s+(?:post|message)|\s+when\s+(.+?)\s+is\s+mentioned)?(?:,?\s+and\s+(?:your\s+)?(username|first\s+name|the\s+mention)\s+is\s+(not\s+)?highlighted)?`,
      ),
      async function (
        this: CasebookWorld,
        negated: string | null,
        forPost: string | null,
        when: string | null,
        highlight: string | null,
        notHighlighted: string | null,
      ) {
        const posts = postsMeant(this, forPost ?? when);
        await checkNotified(this, posts, !negated);
        if (highlight) await checkHighlight(this, posts, !notHighlighted);
      },
      { timeout: LONG_STEP_TIMEOUT_MS },
    ),
  ),
);

/**
 * "Mention terms are highlighted.", "The word 'asparagus' is highlighted", "Username does not highlight, and
 * mention is not triggered": in the messages the other account posted, the words meant to mention are (or are
 * not) inside Mattermost's `.mention--highlight`; words with the wrong case of a case-sensitive key never are.
 * "Username does highlight" is the other polarity of "does not highlight".
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(mention\s+terms?|(?:your\s+)?username|(?:your\s+)?first\s+name|word\s+${QUOTED})\s+(?:(is|are)\s+(not\s+)?highlighted|(does\s+not|doesn't)\s+highlight|does\s+highlight)(,?\s+and\s+(?:the\s+)?mention\s+is\s+not\s+triggered)?`,
      ),
      async function (
        this: CasebookWorld,
        subject: string,
        _is: string | null,
        not: string | null,
        doesNot: string | null,
        notTriggered: string | null,
      ) {
        const word = /^word\s+/i.test(subject) ? unquote(subject.replace(/^word\s+/i, '')) : null;
        const posts = triggerPosts(this).filter(
          (post) => !word || post.term.toLowerCase() === word.toLowerCase(),
        );
        if (!posts.length) throw new Error(`no message posted in this scenario holds "${word}"`);
        const wanted = !(not || doesNot);
        await checkHighlight(
          this,
          posts.filter((post) => !post.mismatched),
          wanted,
        );
        await checkHighlight(
          this,
          posts.filter((post) => post.mismatched),
          false,
        );
        if (notTriggered) await checkNotified(this, posts, false);
      },
    ),
  ),
);
