import { defineStep } from '@cucumber/cucumber';
import type { Page } from 'playwright';
import type { CasebookWorld } from '../../support/world';
import { definition } from './define';
import { chordForPlatform, KEYS } from './keys';
import { openDialogNames } from './open-dialogs';
import { sentence } from './phrase';

/** How long a repeated press waits for the previous press's dialog to open or close. */
const SETTLE_MS = 2000;

const QUOTE = String.raw`["“”'‘’\x60*]*`;

/**
 * "Press Enter", "Hit ESC", "Press CTRL+SHIFT+A (Windows) or CMD+SHIFT+A (Mac)", "Press `Tab` again", "Let the
 * test user press arrow up key", "Press the keys again" (the keys pressed last).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:let\s+(?:the\s+)?(?:test\s+)?user\s+)?(?:press|hit|push|use)\s+(?:the\s+)?(?:${QUOTE}(${KEYS})${QUOTE}(?:\s+(?:key|keys))?|(?:same\s+)?(?:keys|shortcut|key\s+combination)(?=\s+again))(?:\s+(again|twice|three times))?`,
    ),
    async function (this: CasebookWorld, keys: string | null, repeat: string | null) {
      const page = await this.appPage();
      const chord = keys ? chordForPlatform(keys) : lastChord(this);
      const times = repeat === 'twice' ? 2 : repeat === 'three times' ? 3 : 1;
      const dialogs = await dialogsBeforePress(this, page, chord);
      for (let i = 0; i < times; i++) await page.keyboard.press(chord);
      // "Pressing again closes modal" repeats the last keys pressed; "X modal opens in step 1, then closes in
      // step 2" reads the dialogs that were open before each press.
      this.remember('keys', { label: chord, details: { dialogsBefore: JSON.stringify(dialogs) } });
    },
  ),
);

/**
 * The dialogs open before this press. When the same keys were pressed by the step just before, what that press
 * opened or closed may still be rendering: wait (briefly) for the dialogs to change first, so that the record
 * says what the earlier press did.
 */
async function dialogsBeforePress(world: CasebookWorld, page: Page, chord: string): Promise<string[]> {
  const previous = world.memory.latest('keys');
  const now = await openDialogNames(page);
  const before = previous?.details?.dialogsBefore;
  const here = world.step.position;
  const pressedJustBefore =
    previous?.label === chord &&
    here?.action !== undefined &&
    previous.at?.block === here.block &&
    previous.at?.action === here.action - 1;
  if (!pressedJustBefore || before === undefined) return now;
  const deadline = Date.now() + SETTLE_MS;
  let current = now;
  while (JSON.stringify(current) === before && Date.now() < deadline) {
    await page.waitForTimeout(50);
    current = await openDialogNames(page);
  }
  return current;
}

/** The keys an earlier line pressed, for "Press the keys again". */
function lastChord(world: CasebookWorld): string {
  const last = world.memory.latest('keys');
  if (!last)
    throw new Error('"the keys again" needs an earlier line that pressed keys; none did in this scenario');
  return last.label;
}
