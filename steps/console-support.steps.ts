import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { asAdmin } from './mattermost/console/changes';
import { consoleMenu, openConsoleMenu } from './mattermost/console/navbar';
import { addressIsPage, clickNotingNewTab, serverIsLicensed, tabsOpened } from './mattermost/console/support';
import { logInThroughUi } from './mattermost/login';
import { USER, userNamed } from './mattermost/users';

/**
 * "Login as sysadmin without License", "Login as sysadmin with E10/E20 License": the server must be (un)licensed
 * as the line says (GET /api/v4/license/client), then the user logs in.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:log\s?in|sign\s?in)\s+as\s+(${USER})\s+(with(?:\s+(?:an?\s+)?[EM]\d+(?:\s*/\s*[EM]\d+)*)?|without(?:\s+an?)?)\s+licen[cs]e`,
    ),
    async function (this: CasebookWorld, who: string, how: string) {
      const wanted = /^with\b/i.test(how);
      const licensed = await serverIsLicensed(this);
      if (licensed !== wanted) {
        throw new Error(
          `the case needs a server ${wanted ? 'with' : 'without'} a license; this one is ${licensed ? '' : 'not '}licensed (GET /api/v4/license/client)`,
        );
      }
      const session = await this.session();
      await logInThroughUi(session, userNamed(this, who), this.timeouts.navigationMs);
    },
  ),
);

/**
 * 'From menu select "Commercial Support"' (in the System Console): the console header's menu, then its item; a
 * tab the item opens is noted for "… page will be open in new tab".
 */
defineStep(
  ...definition(
    sentence(String.raw`from\s+(?:the\s+)?menu,?\s+(?:select|choose|click)\s+(${QUOTED})`),
    async function (this: CasebookWorld, item: string) {
      const page = await asAdmin(this);
      if (!new URL(page.url()).pathname.startsWith('/admin_console')) {
        throw new Error(`"From menu select" reads the System Console's menu; the page is ${page.url()}`);
      }
      await openConsoleMenu(page, this.timeouts.navigationMs);
      const entry = consoleMenu(page).getByRole('menuitem', { name: unquote(item), exact: true });
      await clickNotingNewTab(this, page, () => entry.click({ timeout: this.timeouts.actionMs }));
    },
  ),
);

/**
 * "Support page will be open in new tab", "Customer support page is opened in new tab",
 * "/admin_console/environment/logging page will be open in new tab": a click of the scenario opened a tab at that
 * page (words of the line in its address, or that path).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(\/[\w/.-]+|[A-Za-z][\w ]*?)\s+page\s+(?:will\s+(not\s+)?be|is\s+(not\s+)?)\s*(?:open(?:ed)?)\s+in\s+(?:a\s+)?new\s+tab`,
      ),
      async function (this: CasebookWorld, named: string, willNot: string | null, isNot: string | null) {
        const page = await this.page();
        // A tab opened by the click before may still be on its way.
        await page.waitForTimeout(500);
        const matching = tabsOpened(this).filter((url) => addressIsPage(url, named));
        if (willNot || isNot) {
          if (matching.length) throw new Error(`a new tab opened at ${matching[0]}`);
          return;
        }
        if (!matching.length) {
          const opened = tabsOpened(this);
          throw new Error(
            `no new tab opened at the ${named} page (${opened.length ? `tabs opened: ${opened.join(', ')}` : 'no tab opened'})`,
          );
        }
      },
    ),
  ),
);
