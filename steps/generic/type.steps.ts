import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { typeInto } from './actions';
import { definition } from './define';
import { LABEL, QUOTED, sentence, unquote } from './phrase';

const TYPE = String.raw`(?:type|enter|input|write|fill\s+in|put|paste)`;
/** Text to type: quoted, or one unquoted token that starts with a symbol (`@`, `:`, `~`, `/notacommand`). */
const TYPED = String.raw`(?:${QUOTED}|[^\s\w"“”‘'(\x60*][^\s]*)`;
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

/** "Type 'hello'": into whatever has the focus. */
defineStep(
  ...definition(
    sentence(String.raw`${TYPE}\s+(${QUOTED})`),
    async function (this: CasebookWorld, text: string) {
      const page = await this.appPage();
      await page.keyboard.type(unquote(text));
    },
  ),
);
