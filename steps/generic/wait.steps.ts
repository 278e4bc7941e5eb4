import { defineStep } from '@cucumber/cucumber';
import { LONG_STEP_TIMEOUT_MS } from '../../support/timeouts';
import type { CasebookWorld } from '../../support/world';
import { definition } from './define';
import { AMOUNT, toMs, UNIT } from './durations';
import { sentence } from './phrase';

/**
 * "Wait 5 seconds", "Wait for a few seconds", "Wait about a minute", "Wait 5-10 seconds" (a range: its upper bound,
 * so whatever the case waits for has had all the time it allows).
 */
defineStep(
  ...definition(
    sentence(
      // [0-9], not \d: Cucumber turns a group written \d+ into a number (its {int} parameter type).
      String.raw`wait\s+(?:for\s+)?(?:about\s+|around\s+|at\s+least\s+)?(${AMOUNT})(?:\s*(?:-|–|to)\s*([0-9]+))?\s*(${UNIT})`,
    ),
    async function (this: CasebookWorld, amount: string, upTo: string | null, unit: string) {
      const ms = toMs(upTo ?? amount, unit);
      if (ms > LONG_STEP_TIMEOUT_MS - 5_000)
        throw new Error(`a wait of ${ms / 1000} s is longer than a step may take`);
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
    { timeout: LONG_STEP_TIMEOUT_MS },
  ),
);

/** "Wait for the page to load". */
defineStep(
  ...definition(
    sentence(
      // [0-9], not \d: Cucumber turns a group written \d+ into a number (its {int} parameter type).
      String.raw`wait\s+(?:for\s+)?(?:the\s+)?(?:page|app|channel)\s+to\s+(?:load|finish\s+loading|reload|refresh)`,
    ),
    async function (this: CasebookWorld) {
      await (await this.page()).waitForLoadState('load');
    },
  ),
);
