import { defineStep } from '@cucumber/cucumber';
import type { Locator, Page } from 'playwright';
import type { CasebookWorld } from '../support/world';
import { placeNamed } from './generic/assert/vocabulary';
import { definition } from './generic/define';
import { expectTextShown, expectVisible } from './generic/expect';
import { QUOTED, unquote } from './generic/phrase';
import './mattermost';

/** Where the last line ending with a colon said its text shows (the page for an error message). */
const announced = new WeakMap<CasebookWorld, { where: string; scope: (page: Page) => Locator | Page }>();

const PLACE = String.raw`(?<place>[a-z][\w-]*(?:\s+[\w-]+){0,2}?\s+(?:screen|view|page|modal|dialog))`;
const ERROR = String.raw`(?<error>(?:the\s+)?(?:following\s+)?error(?:\s+message)?)`;
const SHOWN = String.raw`(?:opens|is\s+(?:displayed|shown)|should\s+(?:be\s+(?:displayed|shown)|appear|open)|appears|will\s+appear)`;
const WITH_TEXT = String.raw`(?:,?\s+(?:along\s+)?with\s+(?:the|a)\s+(?:following\s+)?(?:message|text))`;

/**
 * "Threads screen opens along with the message:", "An error message should be displayed:", "Following error
 * message should be displayed to the user:": the place named is shown, and the quoted line(s) after this one
 * (below) hold its text. The colon is required: without it the line is an ordinary assertion.
 */
defineStep(
  ...definition(
    new RegExp(
      String.raw`^(?:an?\s+|the\s+)?(?:${ERROR}|${PLACE})\s+${SHOWN}(?:\s+to\s+the\s+user)?${WITH_TEXT}?\s*:\s*$`,
      'i',
    ),
    async function (this: CasebookWorld, error: string | null, placeWords: string | null) {
      const page = await this.appPage();
      if (error) {
        announced.set(this, { where: 'the page', scope: (current) => current });
        return;
      }
      const place = placeNamed(placeWords as string);
      if (!place)
        throw new Error(`no place is called "${placeWords}": register it (registerPlace) to check it`);
      await expectVisible(place.locate(page, undefined, this), `the ${placeWords}`, this.timeouts.expectMs);
      announced.set(this, {
        where: `the ${placeWords}`,
        scope: (current) => place.locate(current, undefined, this),
      });
    },
  ),
);

/**
 * '"No followed threads yet"' alone on a line: the text a line ending with a colon announced (above), shown in
 * the place that line named. Alone, a quoted line does not say where or whether it shows, so it fails then.
 */
defineStep(
  ...definition(
    new RegExp(String.raw`^(${QUOTED})\s*\.?\s*$`),
    async function (this: CasebookWorld, raw: string) {
      const announcement = announced.get(this);
      if (!announcement)
        throw new Error(
          `the line ${raw} only quotes a text: no earlier line ending with ":" said where it shows (e.g. "The X screen opens with the message:")`,
        );
      const page = await this.appPage();
      await expectTextShown(announcement.scope(page), unquote(raw), this.timeouts.expectMs);
    },
  ),
);
