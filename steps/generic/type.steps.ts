import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { typeInto } from './actions';
import { definition } from './define';
import { LABEL, QUOTED, sentence, unquote } from './phrase';

const TYPE = String.raw`(?:type|enter|input|write|fill\s+in|put|paste)`;
/** Text to type: quoted, or one unquoted token that starts with a symbol (`@`, `:`, `~`, `/notacommand`). */
const TYPED = String.raw`(?:${QUOTED}|[^\s\w"“”‘'(\x60*][^\s]*)`;
/** The fields of Settings > Profile, as steps/profile.steps.ts names them. */
const PROFILE_FIELD = String.raw`(?:first\s+name|last\s+name|nickname|username|position|job\s+title|(?:primary|new|confirm(?:ation)?)\s+email(?:\s+address)?)`;
const FIELD_WORD = String.raw`(?:field|box|input|text\s?box|textbox|text\s+area|area)`;

/** "Type `Hello` in center message box", "Enter “qa@example.com” into the Email field". */
defineStep(
  ...definition(
    sentence(
      String.raw`${TYPE}\s+(${TYPED})\s+(?:in|into|in\s+to|on)\s+(?:the\s+)?(${LABEL})(?:\s+${FIELD_WORD})?`,
    ),
    async function (this: CasebookWorld, text: string, field: string) {
      await typeInto(this, field, unquote(text));
    },
  ),
);

/** "In the Email field, enter “qa@example.com”". */
defineStep(
  ...definition(
    sentence(String.raw`in\s+(?:the\s+)?(${LABEL})(?:\s+${FIELD_WORD})?,?\s+${TYPE}\s+(${QUOTED})`),
    async function (this: CasebookWorld, field: string, text: string) {
      await typeInto(this, field, unquote(text));
    },
  ),
);

/**
 * "Clear Team Name field", "Clear Help Link field", "Clear Username field": the field with that label emptied (in
 * the open dialog first), as a tester selecting its text and deleting it. Saving is the case's next line.
 */
defineStep(
  ...definition(
    sentence(
      // A field of Profile ("Clear Username field") is the profile steps' (steps/profile.steps.ts): they fill the
      // section open in Settings and remember the value for the lines that check it.
      String.raw`(?:clear|empty)\s+(?:out\s+)?(?:the\s+)?(?!${PROFILE_FIELD}\s+field)(${LABEL})\s+${FIELD_WORD}`,
    ),
    async function (this: CasebookWorld, field: string) {
      const emptied = await typeInto(this, field, '');
      const left = await emptied.inputValue();
      if (left !== '') throw new Error(`the ${unquote(field)} field still holds "${left}" after clearing it`);
    },
  ),
);

/**
 * "Type 'hello'", 'Type "/rename " (with the space)': into whatever has the focus. Spaces inside the quotes are
 * typed too ("/jira " is the command and a space, which the autocomplete answers differently).
 */
defineStep(
  ...definition(
    sentence(String.raw`${TYPE}\s+(${QUOTED})`),
    async function (this: CasebookWorld, text: string) {
      const page = await this.appPage();
      await page.keyboard.type(typedLiteral(text));
    },
  ),
);

const PLAIN_QUOTES: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
];

/** The text between plain quotes as written, edge spaces included; other quoting (code, bold) as `unquote`. */
function typedLiteral(raw: string): string {
  const text = raw.trim();
  const pair = PLAIN_QUOTES.find(
    ([open, close]) => text.length > 2 && text.startsWith(open) && text.endsWith(close),
  );
  const inner = pair ? text.slice(1, -1) : '';
  return inner.trim() ? inner : unquote(text);
}
