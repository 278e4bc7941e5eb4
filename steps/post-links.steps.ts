import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { highlightProblem, mailtoProblem, wholeUrlProblem } from './mattermost/autocomplete/rendered';
import { currentUser } from './mattermost/autocomplete/someone';
import { postMessage } from './mattermost/posts';

const PUNCTUATION: Record<string, string> = {
  dot: '.',
  period: '.',
  underscore: '_',
  dash: '-',
  hyphen: '-',
  comma: ',',
};
const BARE_URL = String.raw`(?:post|send)\s+((?:https?|ftp):\/\/\S+|www\.\S+)`;
const OWN_MENTION = String.raw`(?:(?:post|send)\s+an?\s+(?:at-?mention|@-?mention)\s+(?:for|of)|repeat\s+for)\s+your\s+(?:own\s+)?username\s+followed\s+by\s+(?:a\s+|an\s+)?(dot|period|underscore|dash|hyphen|comma)`;

/**
 * A post whose text the line spells out without quotes: "Post https://test.somedomain.com/display/SomeStuff/
 * 123.+Pagetitle" (the URL as written), "Post an at-mention for your own username followed by a dot", "Repeat
 * for your username followed by underscore" ("@<username>." / "@<username>_").
 */
defineStep(
  ...definition(
    sentence(`(?:${BARE_URL}|${OWN_MENTION})`),
    async function (this: CasebookWorld, url: string | null, mark: string | null) {
      const page = await this.appPage();
      if (url) {
        await postMessage(this, page, url);
        return;
      }
      const me = await currentUser(this);
      await postMessage(this, page, `@${me.username}${PUNCTUATION[(mark ?? '').toLowerCase()]}`);
    },
  ),
);

/**
 * "Entire URL should be included in the link (doesn't cut off after 123)", "Email address is mailto link": the
 * newest post's link keeps the whole URL, or is a mailto link of the email.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(entire\s+url|whole\s+url|full\s+url|email\s+address|email)\s+(should\s+not\s+be|should\s+be|is\s+not|isn't|is)\s+(?:included\s+in\s+the\s+link|(?:an?\s+)?mailto\s+link)`,
      ),
      async function (this: CasebookWorld, subject: string, verb: string) {
        const wanted = !/not|n't/i.test(verb);
        const problem = /email/i.test(subject)
          ? await mailtoProblem(this, wanted)
          : await wholeUrlProblem(this, wanted);
        if (problem) throw new Error(problem);
      },
    ),
  ),
);

/**
 * "The @-mentions are highlighted but the period is not", "Your username should appear highlighted in the
 * post": every such mention of the scenario's posts is highlighted as "@name", without what follows it.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(@-?mentions|at-?mentions|your\s+username)\s+(?:(?:are|is|should\s+be)\s+(not\s+)?highlighted|should\s+(not\s+)?appear\s+highlighted)(?:\s+in\s+the\s+posts?)?(?:\s+but\s+the\s+(?:period|dot)\s+is\s+not)?`,
      ),
      async function (this: CasebookWorld, subject: string, notIs: string | null, notAppear: string | null) {
        const who = /username/i.test(subject) ? { username: (await currentUser(this)).username } : {};
        const problem = await highlightProblem(this, who, !(notIs || notAppear));
        if (problem) throw new Error(problem);
      },
    ),
  ),
);
