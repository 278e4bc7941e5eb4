import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { definition } from './define';
import { chordForPlatform, KEYS } from './keys';
import { sentence } from './phrase';

const QUOTE = String.raw`["“”'‘’\x60*]*`;

/**
 * "Press Enter", "Hit ESC", "Press CTRL+SHIFT+A (Windows) or CMD+SHIFT+A (Mac)", "Press `Tab` again", "Let the
 * test user press arrow up key".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:let\s+(?:the\s+)?(?:test\s+)?user\s+)?(?:press|hit|push|use)\s+(?:the\s+)?${QUOTE}(${KEYS})${QUOTE}(?:\s+(?:key|keys))?(?:\s+(again|twice|three times))?`,
    ),
    async function (this: CasebookWorld, keys: string, repeat: string | null) {
      const page = await this.appPage();
      const chord = chordForPlatform(keys);
      const times = repeat === 'twice' ? 2 : repeat === 'three times' ? 3 : 1;
      for (let i = 0; i < times; i++) await page.keyboard.press(chord);
      // "Pressing again closes modal" and the like repeat the last keys pressed.
      this.remember('keys', { label: chord });
    },
  ),
);
