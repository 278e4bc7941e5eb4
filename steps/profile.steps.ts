import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { apiGet, apiPut, type UserInfo } from './mattermost/api';
import { fillField, freshValue, typedInto } from './mattermost/profile';
import { lastEditedSection, openSection, sectionDescription, shownError } from './mattermost/sections';

const FIELD = String.raw`(first\s+name|last\s+name|nickname|username|position|job\s+title)`;

function fieldLabel(words: string): string {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  return w === 'job title' ? 'position' : w;
}

/** "Enter or edit First Name", "Enter a nickname", "Enter a Job Title": a new value in that field. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:enter|edit|change|type)(?:\s+or\s+(?:enter|edit|change))?\s+(?:a\s+new\s+|a\s+|the\s+|your\s+)?${FIELD}`,
    ),
    async function (this: CasebookWorld, field: string) {
      const label = fieldLabel(field);
      const value = label === 'username' ? freshValue('casebook-') : freshValue('Casebook');
      await fillField(this, await this.appPage(), label, value);
    },
  ),
);

/** "Enter a new value": into the only field of the section open for editing. */
defineStep(
  ...definition(sentence(String.raw`(?:enter|type)\s+a\s+new\s+value`), async function (this: CasebookWorld) {
    const page = await this.appPage();
    const inputs = openSection(page).locator('input:not([type="radio"]):not([type="checkbox"])');
    if ((await inputs.count()) !== 1) throw new Error('the open section has more than one field: say which');
    await fillField(this, page, lastEditedSection(this).title, freshValue('Casebook'));
  }),
);

/** "Enter a new username starting with a period, dash, or underscore". */
defineStep(
  ...definition(
    sentence(
      String.raw`enter\s+a\s+new\s+username\s+starting\s+with\s+a\s+period,?\s+(?:a\s+)?dash,?\s+or\s+(?:an?\s+)?underscore`,
    ),
    async function (this: CasebookWorld) {
      await fillField(this, await this.appPage(), 'username', freshValue('.casebook-'));
    },
  ),
);

/** "Remove username (leave field blank)", "Clear the nickname". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:remove|clear|delete)\s+(?:the\s+|your\s+)?${FIELD}(?:\s*\(leave\s+(?:the\s+)?field\s+blank\))?`,
    ),
    async function (this: CasebookWorld, field: string) {
      await fillField(this, await this.appPage(), fieldLabel(field), '');
    },
  ),
);

/** "Change fields to blank": empties every field of the open section. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:change|set|make)\s+(?:the\s+|all\s+)?fields\s+(?:to\s+)?blank|clear\s+(?:all\s+)?(?:the\s+)?fields`,
    ),
    async function (this: CasebookWorld) {
      const inputs = openSection(await this.appPage()).locator(
        'input:not([type="radio"]):not([type="checkbox"])',
      );
      for (const input of await inputs.all()) await input.fill('');
    },
  ),
);

/** "Leave fields blank": the open section's fields are (and stay) empty. */
defineStep(
  ...definition(
    sentence(String.raw`leave\s+(?:the\s+|all\s+)?fields\s+blank`),
    async function (this: CasebookWorld) {
      const inputs = openSection(await this.appPage()).locator(
        'input:not([type="radio"]):not([type="checkbox"])',
      );
      for (const input of await inputs.all()) {
        if (await input.inputValue()) throw new Error('a field of the open section is not blank');
      }
    },
  ),
);

/** "On an account that has a nickname set:" — gives the user a nickname when it has none. */
defineStep(
  ...definition(
    sentence(String.raw`on\s+an\s+account\s+that\s+has\s+a\s+nickname\s+set\s*:?`),
    async function (this: CasebookWorld) {
      const session = await this.session();
      await this.appPage();
      const me = await apiGet<UserInfo & { nickname: string }>(session.context, '/api/v4/users/me');
      if (!me.nickname)
        await apiPut(session.context, '/api/v4/users/me/patch', { nickname: freshValue('Nick') });
      await session.page.reload();
    },
  ),
);

/** "Full name field shows updated first name." */
defineStep(
  ...definition(
    sentence(String.raw`(?:the\s+)?full\s+name\s+(?:field\s+)?shows\s+(?:the\s+)?updated\s+first\s+name`),
    async function (this: CasebookWorld) {
      const shown = await sectionDescription(await this.appPage(), 'Full Name', this.timeouts.expectMs);
      const first = typedInto(this, 'first name');
      if (!shown.split(/\s+/).includes(first))
        throw new Error(`Full Name shows "${shown}", not the new first name ${first}`);
    },
  ),
);

/** "Nickname field reverts to previous value.", "Full name field reverts to previous value (should not be blank)." */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?(full\s+name|nickname|username|position)\s+field\s+reverts\s+to\s+(?:its\s+|the\s+)?previous\s+value(?:\s*\((should\s+not\s+be\s+blank)\))?`,
    ),
    async function (this: CasebookWorld, field: string, notBlank: string | null) {
      const section = lastEditedSection(this);
      const shown = await sectionDescription(await this.appPage(), section.title, this.timeouts.expectMs);
      if (shown !== section.before)
        throw new Error(`${field} shows "${shown}", not its previous "${section.before}"`);
      if (notBlank && !shown) throw new Error(`${field} is blank`);
    },
  ),
);

/** "Shows error message.", "Shows error message "…"" (in the open settings). */
defineStep(
  ...definition(
    sentence(String.raw`(?:it\s+|the\s+page\s+)?(?:shows|displays)\s+(?:an\s+)?error(?:\s+message)?`),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      await openSection(page).waitFor({ timeout: this.timeouts.expectMs });
      const error = await shownError(page);
      if (!error) throw new Error('no error message is shown');
    },
  ),
);

/** "Enter First Name `This Is a Very Long Name`": that text in that field of the open section. */
defineStep(
  ...definition(
    sentence(String.raw`(?:enter|type)\s+(?:a\s+|the\s+)?${FIELD}\s+(${QUOTED})`),
    async function (this: CasebookWorld, field: string, value: string) {
      await fillField(this, await this.appPage(), fieldLabel(field), unquote(value));
    },
  ),
);

/** "Full name field shows first and last name.": the Full Name row shows the first and last name entered. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?full\s+name\s+(?:field|section|setting)\s+(shows|does\s+not\s+show)\s+(?:the\s+)?first\s+and\s+last\s+names?`,
    ),
    async function (this: CasebookWorld, verb: string) {
      const page = await this.appPage();
      const wanted = `${typedInto(this, 'first name')} ${typedInto(this, 'last name')}`;
      const shown = await sectionDescription(page, 'Full Name', this.timeouts.expectMs);
      if ((shown === wanted) === /not/i.test(verb)) {
        throw new Error(
          `Full Name shows "${shown}"; expected ${/not/i.test(verb) ? 'anything but ' : ''}"${wanted}"`,
        );
      }
    },
  ),
);
