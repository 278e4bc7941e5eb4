import { defineStep } from '@cucumber/cucumber';
import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { preferredOverGrammar } from './assert/defer';
import { definition } from './define';
import { sentence } from './phrase';

/**
 * A field's length limit, as the cases test it: a text longer than the limit typed key by key into the field that
 * has the focus (the limit of an input applies to typing), then a line saying the field took no more than N.
 * "Type a name longer than 15 characters." (Team Settings' Team Name), "Type a string that's longer than 1024
 * chars" (a bot's description); "Typing should not allow more than 15 characters to be entered.", "Should not
 * allow you to type more than 30 characters" (Custom Branding's Site Name).
 */

interface LongTyping {
  field: Locator;
  typed: string;
}

const typings = new WeakMap<CasebookWorld, LongTyping>();

/** The focused text field, pinned by its id so it stays found once the focus moves on (to Save, say). */
async function focusedField(page: Page): Promise<Locator> {
  const id = await page.evaluate(() => {
    const active = document.activeElement;
    const typable = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    return typable ? active.id : null;
  });
  if (id === null)
    throw new Error('no text field has the focus to type in: a line must open or click one first');
  if (!id) throw new Error('the focused text field has no id to find it again by');
  return page.locator(`[id="${id}"]`);
}

/** Readable text (words and spaces) of exactly `length` characters. */
function longText(length: number): string {
  const words = 'Casebook typed this text past the field limit on purpose ';
  return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

const UNIT = '(?:characters|chars)';

defineStep(
  ...definition(
    sentence(
      String.raw`type\s+an?\s+(?:name|string|text|title|description|value)\s+(?:that(?:'s|’s|\s+is)\s+|which\s+is\s+)?longer\s+than\s+([0-9]+)\s+${UNIT}`,
    ),
    async function (this: CasebookWorld, longerThan: string) {
      const page = await this.appPage();
      const field = await focusedField(page);
      const typed = longText(Number(longerThan) + 6);
      await page.keyboard.type(typed);
      typings.set(this, { field, typed });
    },
  ),
);

// Preferred over the assertion grammar, which would read it as some text "more than 15 characters" on the page.
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:typing\s+)?should\s+(not\s+)?allow\s+(?:you\s+to\s+type\s+)?more\s+than\s+([0-9]+)\s+${UNIT}(?:\s+to\s+be\s+(?:entered|typed))?`,
      ),
      async function (this: CasebookWorld, not: string | null, limitWords: string) {
        const typing = typings.get(this);
        if (!typing) throw new Error('no text longer than a limit was typed in this scenario');
        const limit = Number(limitWords);
        if (typing.typed.length <= limit)
          throw new Error(
            `the text typed has ${typing.typed.length} characters: it never went past ${limit}`,
          );
        const value = await typing.field.inputValue();
        const kept = value === typing.typed.slice(0, limit);
        if (kept === Boolean(not)) return;
        throw new Error(
          not
            ? `expected the field to hold the first ${limit} characters typed ("${typing.typed.slice(0, limit)}"), but it holds "${value}"`
            : `expected the field to take more than ${limit} characters, but it holds "${value}" (${value.length})`,
        );
      },
    ),
  ),
);
