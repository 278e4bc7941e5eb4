import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { joinedProblem, postChannelShortlink } from './mattermost/autocomplete/channel-links';
import { autocompleteShowsProblem, youItemProblem } from './mattermost/autocomplete/checks';
import { fieldNamed, fieldValue, filteringProblem } from './mattermost/autocomplete/filtering';
import { currentUser, someone } from './mattermost/autocomplete/someone';
import { lastTyping, pickWithEnter, typeInBox } from './mattermost/autocomplete/suggestions';

const AT = String.raw`(?:"@"|“@”|\x60@\x60|'@'|@)`;
const FIELD = String.raw`user\s*name|nickname|first\s+name|last\s+name|email(?:\s+address)?`;

const TYPE_MENTION = String.raw`(after\s+(?:the\s+)?pre-?existing\s+text,?\s+type\s+a\s+space,?\s+then|type)\s+${AT}\s+(?:followed\s+by|plus)\s+(?:(?:the\s+)?first\s+(two|three|\d)\s+characters\s+of\s+)?(someone's\s+|(?:a|the)\s+(?:user's\s+)?|your\s+(?:own\s+)?)?(${FIELD})(?:\s+of\s+(?:the\s+)?(current\s+user|another\s+user))?(\s+in\s+(?:capital|upper\s*case)\s+letters)?`;
const TYPE_EXAMPLE = String.raw`(?:start\s+)?typ(?:e|ing)\s+(?:an?\s+|some\s+)?([a-z][a-z\s-]*?)\s+in(?:to)?\s+(?:a|the)\s+(?:post|message(?:\s+box)?|message\s+input(?:\s+box)?),?\s+(?:such\s+as|like|e\.g\.)\s+(${QUOTED})`;

/**
 * Typing in the message box (the edit box when one is open), key by key, and what the @-mention list then
 * shows: "Type "@" followed by someone's username", "Type "@" followed by someone's last name in CAPITAL
 * LETTERS", "Type @ plus username of current user", "After pre-existing text, type a space, then "@" followed by
 * first two characters of a username" (the value from a person of the scenario's own, "someone", or the current
 * user), and "Start typing an email address in a post, such as `example@`" (the example as written).
 */
defineStep(
  ...definition(
    sentence(`(?:${TYPE_MENTION}|${TYPE_EXAMPLE})`),
    async function (
      this: CasebookWorld,
      lead: string | null,
      count: string | null,
      whose: string | null,
      fieldWords: string | null,
      ofWhom: string | null,
      capitals: string | null,
      what: string | null,
      example: string | null,
    ) {
      if (example) {
        const text = unquote(example);
        await typeInBox(this, text, { prefix: text, field: (what ?? '').trim().toLowerCase(), username: '' });
        return;
      }
      const mine = /^your/i.test(whose ?? '') || /current/i.test(ofWhom ?? '');
      const person = mine ? await currentUser(this) : await someone(this);
      const field = fieldNamed(fieldWords ?? '');
      const whole = fieldValue(person, field);
      const length = count ? ({ two: 2, three: 3 }[count.toLowerCase()] ?? Number(count)) : whole.length;
      const value = capitals ? whole.slice(0, length).toUpperCase() : whole.slice(0, length);
      const space = /^after/i.test(lead ?? '') ? ' ' : '';
      await typeInBox(this, `${space}@${value}`, { prefix: value, field, username: person.username });
    },
  ),
);

/** "Select a result and press enter": the result of the person typed, chosen with the arrow keys and Enter. */
defineStep(
  ...definition(
    sentence(String.raw`select\s+(?:a|the|one)\s+(?:result|suggestion|user)\s+and\s+(?:press|hit)\s+enter`),
    async function (this: CasebookWorld) {
      await pickWithEnter(this, lastTyping(this).username);
    },
  ),
);

/**
 * "Autocomplete properly filtered on username", "Autocomplete properly filtered on nickname field. Nickname was
 * replaced with username when enter was pressed.", "Autocomplete doesn't filter by email": what the list offered
 * after the typing step, and what Enter left in the box.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(?:@\s+)?autocomplete\s+(?:(?:properly\s+filtered|filters\s+properly|is\s+properly\s+filtered)\s+(?:on|by)\s+(?:the\s+)?(${FIELD})(?:\s+field)?|(doesn't|does\s+not|does)\s+filter\s+(?:on|by)\s+(?:the\s+)?(${FIELD}))(?:\.\s+(?:nickname|result|it|(?:first|last)\s+name)\s+was\s+(not\s+)?replaced\s+with\s+(?:the\s+)?username\s+when\s+enter\s+was\s+pressed)?`,
      ),
      async function (
        this: CasebookWorld,
        filteredOn: string | null,
        does: string | null,
        filterBy: string | null,
        notReplaced: string | null,
      ) {
        const typing = lastTyping(this);
        if (filteredOn) {
          const problem = await filteringProblem(this, fieldNamed(filteredOn));
          if (problem) throw new Error(problem);
        } else {
          const field = fieldNamed(filterBy ?? '');
          if (typing.field !== field)
            throw new Error(`the last mention typed was by ${typing.field}, not ${field}`);
          const offered = typing.shown.some((item) => item.username === typing.username);
          const wanted = !/not|n't/i.test(does ?? '');
          if (offered !== wanted) {
            const shown = typing.shown.map((item) => item.username).join(', ') || 'nothing';
            throw new Error(
              `typing "@${typing.prefix}" ${offered ? 'offered' : 'did not offer'} ${typing.username} (shown: ${shown})`,
            );
          }
        }
        if (this.step.text.match(/replaced\s+with/i)) checkReplaced(this, !notReplaced);
      },
    ),
  ),
);

function checkReplaced(world: CasebookWorld, wanted: boolean): void {
  const typing = lastTyping(world);
  if (typing.completedValue === undefined)
    throw new Error('no result was picked with Enter in this scenario');
  const value = typing.completedValue;
  // What was typed must be gone, unless it is how the username itself starts ("@qz" → "@qz-abc").
  const typed = `@${typing.prefix.toLowerCase()}`;
  const leftover = !`@${typing.username}`.startsWith(typed) && value.toLowerCase().includes(typed);
  const replaced = value.includes(`@${typing.username} `) && !leftover;
  if (replaced !== wanted) {
    throw new Error(
      `after Enter the box reads ${JSON.stringify(value)}: "@${typing.prefix}" was ${replaced ? '' : 'not '}replaced with "@${typing.username}"`,
    );
  }
}

/**
 * "@ autocomplete should include current user with suffix of (you). It should be displayed per teammate display
 * preference.", "The mention autocomplete does not display (…)", "The autocomplete list should not open in either
 * case": the list as it settled after the typing step.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(?:@-?\s*|at-?\s*)?(?:mention\s+)?autocomplete(?:\s+list)?\s+(should\s+not|does\s+not|doesn't|should|does)?\s*(include|display|show|open|appear)s?(\s+(?:the\s+)?current\s+user\s+with\s+(?:a\s+)?suffix\s+of\s+\(you\)(?:\.\s+it\s+should\s+be\s+displayed\s+per\s+teammate\s+(?:name\s+)?display\s+preference)?)?(?:\s+in\s+either\s+case)?`,
      ),
      async function (this: CasebookWorld, modal: string | null, _verb: string, you: string | null) {
        const wanted = !/not|n't/i.test(modal ?? '');
        const problem = you ? await youItemProblem(this, wanted) : autocompleteShowsProblem(this, wanted);
        if (problem) throw new Error(problem);
      },
    ),
  ),
);

/**
 * "Send a message with a channel shortlink of a PUBLIC channel you don't belong to.": a public channel the
 * user is not in, linked as ~name in a post of the scenario's channel.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:send|post)\s+a\s+(?:message|post)\s+with\s+a\s+channel\s+(?:short\s*link|link|mention)\s+(?:of|to|for)\s+a\s+public\s+channel\s+(?:that\s+)?you\s+(?:don't|do\s+not|are\s+not\s+a\s+member\s+of|aren't\s+in)(?:\s+belong\s+to)?`,
    ),
    async function (this: CasebookWorld) {
      await postChannelShortlink(this);
    },
  ),
);

/** "The link should take you to and add you to the public channel.": the user views the channel, now a member. */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`the\s+(?:channel\s+)?link\s+(should\s+not|should|does\s+not|doesn't)?\s*(?:takes?|bring|brings)\s+you\s+to\s+(?:and\s+adds?\s+you\s+to\s+)?the\s+(?:public\s+)?channel`,
      ),
      async function (this: CasebookWorld, modal: string | null) {
        const problem = await joinedProblem(this, !/not|n't/i.test(modal ?? ''));
        if (problem) throw new Error(problem);
      },
    ),
  ),
);
