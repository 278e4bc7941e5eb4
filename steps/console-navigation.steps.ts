import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence, splitPath } from './generic/phrase';
import { followPath } from './generic/routes';
import './mattermost';
import { asAdmin } from './mattermost/console/changes';
import { configValue, serverConfig } from './mattermost/console/config';
import { openConsoleMenu } from './mattermost/console/navbar';
import { CONSOLE } from './mattermost/console/page';
import './mattermost/console/route';
import { settingByKey } from '../sandbox/server/areas/console/definition';
import { labelOf } from './mattermost/console/table';
import { CHANNEL } from './mattermost/selectors';

/** A system admin only: "as a team admin" is someone else and stays with the lines that make one. */
const AS_SYSTEM_ADMIN = String.raw`(?:\s+(?:as\s+(?:a\s+|the\s+)?|with\s+(?:the\s+)?)(?:system\s+admin(?:istrator)?|sys\s?admin|admin(?:istrator)?))?`;

/**
 * "Login as a system admin and navigate to the system console", "Login with Admin and Navigate to System Console",
 * "Login and Navigate to System Console." (a console case's tester is the admin): logged in as the system admin,
 * the console open, or the section a trailing path names ("… System Console → Site Configuration → Users and Teams").
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?in|login|sign\s?in)${AS_SYSTEM_ADMIN},?\s+and\s+navigate\s+to\s+(?:the\s+)?system\s+console((?:\s*(?:>|➜|→)\s*[^>➜→]+)*)\.?`,
    ),
    async function (this: CasebookWorld, rest: string) {
      const page = await asAdmin(this);
      if (rest.trim()) {
        await followPath(this, splitPath(`System Console${rest}`));
        return;
      }
      if (!new URL(page.url()).pathname.startsWith('/admin_console')) await page.goto('/admin_console');
      await page.locator(CONSOLE.sidebar).waitFor({ timeout: this.timeouts.navigationMs });
    },
  ),
);

/**
 * "Feature is enabled by default" (after "Verify "Allow users to view archived channels" is set to "True""): the
 * System Console setting the scenario last named is on (off) on the server and that is its default.
 */
defineStep(
  // Preferred over the assertion grammar's "X is enabled" (a state of a control on the page): "the setting" here
  // is the System Console setting the case just named, which the grammar cannot resolve.
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(?:feature|setting)\s+is\s+(not\s+)?(enabled|disabled|on|off)(\s+by\s+default)?`,
      ),
      async function (this: CasebookWorld, not: string | null, state: string, byDefault: string | null) {
        const named = this.memory.latest('setting');
        const setting = named?.id ? settingByKey(named.id) : undefined;
        if (setting?.type !== 'bool') {
          throw new Error('no True/False System Console setting was named in this scenario before this line');
        }
        const wanted = /enabled|on/i.test(state) !== Boolean(not);
        const actual = configValue(await serverConfig(this), setting.key);
        if (actual !== wanted)
          throw new Error(`${labelOf(setting)} is ${actual} on the server, not ${wanted}`);
        if (byDefault && setting.default !== wanted) {
          throw new Error(`${labelOf(setting)}'s default is ${setting.default}, not ${wanted}`);
        }
      },
    ),
  ),
);

/**
 * "Return to a team", "Switch back to a team", "Go back to a team" (after saving a System Console page): the
 * console header menu's first "Switch to <team>" item, until that team's channel view is loaded.
 */
defineStep(
  ...definition(
    sentence(String.raw`(?:return|switch\s+back|go\s+back|navigate\s+back)\s+to\s+(?:a|the|your)\s+team`),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      if (!new URL(page.url()).pathname.startsWith('/admin_console')) {
        throw new Error(`"return to a team" leaves the System Console, but the tab shows ${page.url()}`);
      }
      await openConsoleMenu(page, this.timeouts.navigationMs);
      await page
        .getByRole('menuitem', { name: /^Switch to / })
        .first()
        .click({ timeout: this.timeouts.actionMs });
      await page.locator(CHANNEL.view).first().waitFor({ timeout: this.timeouts.navigationMs });
    },
  ),
);
