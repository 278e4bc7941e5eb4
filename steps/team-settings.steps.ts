import { defineStep } from '@cucumber/cucumber';
import type { Page } from 'playwright';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import './mattermost/team-settings/route';
import {
  openTeamSettingsField,
  recordTyped,
  serverTeam,
  TEAM_SETTINGS,
  type TeamField,
  teamSettingsModal,
  teamSettingsVisit,
} from './mattermost/team-settings/modal';
import { TEAM_SIDEBAR } from './mattermost/teams/sidebar';

/**
 * Team Settings (main menu → Team Settings): the cases' "General" tab with an Edit per section is the older
 * modal; today's opens on its Info tab with the name and description fields always editable and a Save panel
 * that appears once a field changed. "<section> -> Edit" therefore focuses that field with its text selected.
 * The team is the scenario's own (steps/mattermost/teams/fixtures.ts), so a saved name never outlives the scenario.
 */

const ARROW = String.raw`\s*(?:->|>|➜|→|»)\s*`;

/** "Team Settings -> General > Team Name -> Edit", "… > Team Description -> Edit". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:main\s+)?menu${ARROW})?team\s+settings${ARROW}(?:general|info)${ARROW}team\s+(name|description)${ARROW}edit`,
    ),
    async function (this: CasebookWorld, field: string) {
      await openTeamSettingsField(this, field.toLowerCase() as TeamField);
    },
  ),
);

// What a case does to the Team Settings field it opened, one sentence form each ("Clear Team Name field" is the
// generic "Clear <label> field", steps/generic/type.steps.ts; "Type a name longer than 15 characters" and the
// line checking the limit are the generic length-limit steps, steps/generic/length-limit.steps.ts).

/** "Enter description, click Save": a description of the scenario's own, then the panel's Save. */
defineStep(
  ...definition(
    sentence(String.raw`enter\s+(?:a\s+)?description,?\s+(?:and\s+)?click\s+save`),
    async function (this: CasebookWorld) {
      const visit = teamSettingsVisit(this);
      const modal = teamSettingsModal(await this.appPage());
      const text = `Casebook description ${visit.team.name.slice(-8)}`;
      await modal.locator(TEAM_SETTINGS.description).fill(text);
      recordTyped(this, text);
      await modal.locator(TEAM_SETTINGS.save).click();
    },
  ),
);

// The outcomes of Team Settings, one sentence form each (a form serves the cases that write it; coverage counts
// the cases per form). Preferred over the assertion grammar, which would read "Description displays in settings
// modal" as any label "Description" somewhere.

/**
 * "Team display name shows as "Testing Team" at top of main menu and in team sidebar (if there are multiple
 * teams)", "Team display name shows as "()_+-={}|[]:"": the saved name on the server and in the sidebar header.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`team\s+display\s+name\s+(shows|does\s+not\s+show)\s+as\s+(${QUOTED})(\s+at\s+(?:the\s+)?top\s+of\s+(?:the\s+)?main\s+menu(?:\s+and\s+in\s+(?:the\s+)?team\s+sidebar(?:\s+\(if\s+there\s+are\s+multiple\s+teams\))?)?)?`,
      ),
      async function (this: CasebookWorld, shows: string, shownName: string, inSidebar: string | null) {
        const page = await this.appPage();
        await expectTeamName(this, page, unquote(shownName), !/not/i.test(shows), Boolean(inSidebar));
      },
    ),
  ),
);

/** "On non-desktop app, verify URL did not change": the page's URL is the one Team Settings opened on. */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:on\s+non-desktop\s+apps?,?\s+)?verify\s+(?:that\s+)?(?:the\s+)?url\s+(did\s+not|didn't|does\s+not|did|does)\s+change`,
      ),
      async function (this: CasebookWorld, urlChange: string) {
        await expectUrlKept(this, await this.appPage(), /not|n't/i.test(urlChange));
      },
    ),
  ),
);

/** "Description displays in settings modal": the saved description in the open Team Settings. */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:team\s+)?description\s+(displays|does\s+not\s+display)\s+in\s+(?:the\s+)?(?:team\s+)?settings\s+modal`,
      ),
      async function (this: CasebookWorld, displays: string) {
        await expectDescription(this, await this.appPage(), !/not/i.test(displays));
      },
    ),
  ),
);

/**
 * Polls `holds` for the step's wait: true as soon as it holds. A negated line ("does not show") watches the whole
 * wait, since the save before it may still be landing; a check made at once would pass for the wrong reason.
 */
async function settle(world: CasebookWorld, holds: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + world.timeouts.expectMs;
  for (;;) {
    if (await holds()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function expectTeamName(
  world: CasebookWorld,
  page: Page,
  name: string,
  shown: boolean,
  inSidebar: boolean,
): Promise<void> {
  const { team } = teamSettingsVisit(world);
  const header = page.locator(TEAM_SETTINGS.header).first();
  const button = page.locator(TEAM_SIDEBAR.button(team.name));
  const shows = async () => {
    if ((await header.textContent())?.trim() !== name) return false;
    if ((await serverTeam(world, team)).display_name !== name) return false;
    if (!inSidebar || !(await page.locator(TEAM_SIDEBAR.wrapper).isVisible())) return true;
    // The team sidebar names the current team "<display name> team", in lower case as the real app does.
    return (await button.getAttribute('aria-label')) === `${name} team`.toLowerCase();
  };
  const held = await settle(world, shows);
  if (held === shown) return;
  const actual = (await header.textContent())?.trim();
  throw new Error(
    shown
      ? `expected the team display name "${name}" at the top of the sidebar${inSidebar ? ' and in the team sidebar' : ''}; the header shows "${actual}" (team sidebar: "${await button.getAttribute('aria-label')}")`
      : `expected the team display name not to be "${name}", but it is`,
  );
}

async function expectUrlKept(world: CasebookWorld, page: Page, kept: boolean): Promise<void> {
  const before = new URL(teamSettingsVisit(world).url).pathname;
  const same = async () => new URL(page.url()).pathname === before;
  // The URL holds the team's name, which a new display name must not change: watched for a settle window.
  const changed = await settle(world, async () => !(await same()));
  if (changed !== kept) return;
  throw new Error(
    kept
      ? `expected the URL to stay ${before}, but it is ${new URL(page.url()).pathname}`
      : `expected the URL to change from ${before}, but it did not`,
  );
}

async function expectDescription(world: CasebookWorld, page: Page, displayed: boolean): Promise<void> {
  const visit = teamSettingsVisit(world);
  if (!visit.typed) throw new Error('no team description was entered in this scenario');
  const field = teamSettingsModal(page).locator(TEAM_SETTINGS.description);
  const shows = async () =>
    (await field.isVisible()) &&
    (await field.inputValue()) === visit.typed &&
    !(await teamSettingsModal(page).locator(TEAM_SETTINGS.save).isVisible()) &&
    (await serverTeam(world, visit.team)).description === visit.typed;
  if ((await settle(world, shows)) === displayed) return;
  throw new Error(
    displayed
      ? `expected the saved description "${visit.typed}" in the Team Settings modal; the field holds "${await field.inputValue().catch(() => '(no field)')}"`
      : `expected the description "${visit.typed}" not to show in the Team Settings modal, but it does`,
  );
}
