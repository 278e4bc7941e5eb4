import type { Browser, Page } from 'playwright';
import { launchBrowser } from '../../../../support/browser';
import { ScenarioMemory } from '../../../../support/memory';
import type { Observation } from '../../../../support/observations';
import type { CasebookWorld } from '../../../../support/world';
import { findBrowser } from '../../../../tools/bdd/browser-path';
import '../../../mattermost/assert-vocabulary';
import '../../../mattermost/search/vocabulary';
import '..';
import { formsFromVocabulary } from '../build';
import { type Assertion, parseAssertion } from '../grammar';
import { runAssertion } from '../run';

/**
 * A headless browser with one tab whose content a test sets (page.setContent), and a scenario stand-in that
 * gives the assertion language what it reads from the World: the tab, the timeouts, the memory of what the
 * scenario made and the observations after its action steps.
 */
export interface StaticPage {
  page: Page;
  world: CasebookWorld;
  memory: ScenarioMemory;
  observations: Observation[];
  /** Sets the tab's HTML (a data: URL, so that the page counts as a page of an app, not a blank tab). */
  show(html: string): Promise<void>;
  /** Parses `line` with the grammar and checks it; throws when the line is not read or does not hold. */
  check(line: string): Promise<Assertion>;
  close(): Promise<void>;
}

export async function openStaticPage(expectMs = 600): Promise<StaticPage> {
  const executablePath = findBrowser();
  if (!executablePath)
    throw new Error('no chromium found for browser tests: install chromium or set BROWSER_PATH');
  const browser: Browser = await launchBrowser({ executablePath, headless: true });
  const page = await browser.newPage();
  const memory = new ScenarioMemory();
  const observations: Observation[] = [];
  const world = {
    appPage: async () => page,
    timeouts: { expectMs, actionMs: expectMs, navigationMs: expectMs },
    memory,
    observations,
    sessions: { all: () => [] },
    step: { text: '' },
  } as unknown as CasebookWorld;
  const forms = formsFromVocabulary();
  return {
    page,
    world,
    memory,
    observations,
    async show(html) {
      await page.goto(
        `data:text/html,${encodeURIComponent(`<!doctype html><html><body>${html}</body></html>`)}`,
      );
    },
    async check(line) {
      const assertion = parseAssertion(forms, line);
      if (!assertion) throw new Error(`the grammar does not read: ${line}`);
      await runAssertion(world, assertion);
      return assertion;
    },
    close: () => browser.close(),
  };
}
