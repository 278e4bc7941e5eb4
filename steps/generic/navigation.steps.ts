import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../../support/world';
import { definition } from './define';
import { sentence } from './phrase';

/** "Refresh the page", "Reload", "Refresh the browser". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:refresh|reload)(?:\s+the\s+(?:page|browser|app|client|channel|tab|browser\s+tab))?`,
    ),
    async function (this: CasebookWorld) {
      await (await this.appPage()).reload({ waitUntil: 'load' });
    },
  ),
);

/** "In same browser/tab/session, open {serverURL}/login", "Open https://…" (in the current tab). */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:in\s+(?:the\s+)?same\s+(?:browser|tab|session)(?:\s*/\s*(?:browser|tab|session))*,?\s+)?(?:open|go\s+to|visit|navigate\s+to|load)\s+(\{\s*server\s*_?url\s*\}\S*|https?:\/\/\S+)`,
    ),
    async function (this: CasebookWorld, address: string) {
      const url = address.replace(/^\{\s*server\s*_?url\s*\}/i, this.config.baseUrl);
      await (await this.appPage()).goto(url);
      // Expected lines such as "Login page redirects" need to know which address the scenario opened.
      this.remember('address', { label: url });
    },
  ),
);
