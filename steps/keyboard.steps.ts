import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { chordForPlatform, KEYS } from './generic/keys';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import './mattermost/keyboard/vocabulary';
import { describeFocus, expectFocus, focusSettles, focusTarget } from './mattermost/keyboard/focus';
import { focusedAnnouncement, focusedIsAnnounced, parseAnnouncement } from './mattermost/keyboard/reader';
import { CHANNEL } from './mattermost/selectors';

/** Posts of the center list (Mattermost's postView; the sandbox's `.post#post_<id>`). */
const POSTS = '[data-testid="postView"], .post[id^="post_"]';
const QUOTE = String.raw`["“”'‘’\x60*]*`;
const THING = String.raw`(?:the\s+)?(.+?)`;

/**
 * "Focus is set to center channel message box", "In both cases, focus is set to …", "Focus is not set to …",
 * "Focus returns to the message box", "Focus is placed in input field": the named thing (assertion
 * vocabulary) has the focus, waiting for it to settle after the key or click before.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+both\s+cases,?\s+)?(?:the\s+)?(?:keyboard\s+)?(?:focus|cursor)\s+(is\s+not|is|returns|goes\s+back|moves|stays|remains)\s+(?:set\s+|placed\s+|back\s+)?(?:to|on|in|into|at)\s+${THING}`,
    ),
    async function (this: CasebookWorld, verb: string, name: string) {
      await expectFocus(this, name, /not/i.test(verb));
    },
  ),
);

/**
 * "Click out of the message box to remove focus", "Focus away from RHS textbox": a click on the channel header
 * takes the focus away. "Click outside of the modal" dismisses a modal (sidebar.steps.ts): its backdrop covers the header.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:click\s+(?:out\s+of|outside(?:\s+of)?|away\s+from)(?!\s+(?:of\s+)?(?:the\s+|a\s+)?(?:modal|dialog)\b)|(?:move\s+(?:the\s+)?)?focus\s+away\s+from)\s+${THING}(?:\s+to\s+(?:remove|lose|drop)\s+(?:the\s+|its\s+)?focus)?`,
    ),
    async function (this: CasebookWorld, name: string) {
      const page = await this.appPage();
      const target = await focusTarget(this, page, name);
      await page.locator('#channelHeaderTitle, #channel-header').first().click();
      if (!(await focusSettles(target, true, this.timeouts.actionMs))) {
        throw new Error(`clicking outside left the focus on ${await describeFocus(page)}`);
      }
    },
  ),
);

/**
 * "Open a reply RHS thread, ensure focus is in reply box in RHS", "Open a reply thread", "Open a reply thread
 * RHS", "Open reply thread (RHS) on any post": the reply arrow of the newest post
 * (posted first when the channel has none), then the focus check on the thing the line names, if it names one.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`open\s+(?:a\s+)?reply\s+(?:RHS\s+thread|thread(?:\s+RHS|\s+\(RHS\)|\s+in\s+(?:the\s+)?RHS)?|RHS)(?:\s+on\s+(?:a|any)\s+post)?(?:,?\s+(?:and\s+)?(?:ensure|verify|check)\s+(?:that\s+)?(?:the\s+)?focus\s+is\s+(?:in|on)\s+${THING})?`,
    ),
    async function (this: CasebookWorld, name: string | null) {
      const page = await this.appPage();
      const posts = page.locator(CHANNEL.postList).locator(POSTS);
      if ((await posts.count()) === 0) {
        await page.locator(CHANNEL.postTextbox).fill('A message to reply to');
        await page.locator(CHANNEL.postTextbox).press('Enter');
      }
      const newest = posts.last();
      await newest.hover();
      await newest.getByRole('button', { name: 'reply', exact: true }).click();
      await page.locator('#reply_textbox, [data-testid="reply_textbox"]').first().waitFor();
      if (name) await expectFocus(this, name, false);
    },
  ),
);

const REGION_KEYS = String.raw`(?:ctrl|control)\s*[+-]\s*f6|f6`;

/**
 * "Use CTRL+F6 to navigate to "Team Menu Region"", "Press CTRL+F6 (or just F6 on desktop app) until you are
 * positioned in the "Channel Header Region"": Ctrl+F6 (the browser's key; F6 is the desktop app's) until the
 * focused region is the one named, at most once per region.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:use|press|hit)\s+(?:${REGION_KEYS})(?:\s*\([^)]*\))?(?:\s+or\s+(?:just\s+)?(?:${REGION_KEYS})(?:\s*\([^)]*\))?)?\s+(?:to\s+navigate\s+to|to\s+move\s+to|until\s+(?:you\s+are\s+positioned\s+in|the\s+reader\s+is\s+focused\s+on|focus\s+is\s+on|you\s+reach))\s+(?:the\s+)?${QUOTE}(.+?)${QUOTE}`,
    ),
    async function (this: CasebookWorld, region: string) {
      const page = await this.appPage();
      const wanted = parseAnnouncement(/region$/i.test(region.trim()) ? region : `${region} region`);
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Control+F6');
        if (await focusedIsAnnounced(page, wanted)) return;
      }
      throw new Error(
        `Ctrl+F6 never reached the "${wanted.name}"; it stopped on ${await focusedAnnouncement(page)}`,
      );
    },
  ),
);

/**
 * "Press TAB to focus on the hamburger icon", "Press CTRL/CMD+SHIFT+L, observe focus in center channel message
 * box": the key, then the focus check on that thing.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:press|hit|use)\s+${QUOTE}(${KEYS})${QUOTE}(?:\s+key)?(?:\s+to\s+(?:focus|move\s+(?:the\s+)?focus|set\s+(?:the\s+)?focus)\s+(?:on|to|onto)|,?\s+(?:and\s+)?(?:observe|verify|ensure|check)\s+(?:that\s+)?(?:the\s+)?focus\s+(?:is\s+)?(?:in|on|goes\s+to))\s+${THING}`,
    ),
    async function (this: CasebookWorld, keys: string, name: string) {
      await (await this.appPage()).keyboard.press(chordForPlatform(keys));
      await expectFocus(this, name, false);
    },
  ),
);

/**
 * "Reader should read out "Main Menu button, to activate press space bar"", "Reader reads out "Channel menu
 * button"", "Region read out: "Message list main region"": the focused element's accessible name and role
 * (the reader's usage hint is not the app's and is ignored).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(?:screen\s+)?(?:reader|region)\s+(should\s+read(?:\s+out)?|should\s+not\s+read(?:\s+out)?|reads(?:\s+out)?|read\s+out:?|does\s+not\s+read(?:\s+out)?)\s*:?\s+(${QUOTED})`,
      ),
      async function (this: CasebookWorld, verb: string, quoted: string) {
        const page = await this.appPage();
        const said = parseAnnouncement(unquote(quoted));
        const negated = /not/i.test(verb);
        if ((await focusedIsAnnounced(page, said)) === negated) {
          throw new Error(
            `expected the reader ${negated ? 'not ' : ''}to read ${said.role ?? 'an element'} "${said.name}"; the focus is on ${await focusedAnnouncement(page)}`,
          );
        }
      },
    ),
  ),
);
