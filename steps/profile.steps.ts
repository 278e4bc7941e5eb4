import { defineStep } from '@cucumber/cucumber';
import type { Page } from 'playwright';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
import { requireBaseUrl } from '../support/config';
import { asUser } from './mattermost/other-user';
import { fillField, freshValue, typedInto } from './mattermost/profile';
import { lastEditedSection, openSection, sectionDescription, shownError } from './mattermost/sections';

const FIELD = String.raw`(first\s+name|last\s+name|nickname|username|position|job\s+title|(?:primary|new)\s+email(?:\s+address)?|confirm(?:ation)?\s+email(?:\s+address)?)`;

/** The label of the field the words name ("Primary Email" is the field Mattermost now labels "New Email"). */
function fieldLabel(words: string): string {
  const w = words
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ address$/, '');
  if (w === 'job title') return 'position';
  if (/^(?:primary|new) email$/.test(w)) return 'new email';
  if (/^confirm(?:ation)? email$/.test(w)) return 'confirm email';
  return w;
}

/** A value for field `label` that no user has: letters only, an address for email fields. */
function newValueFor(label: string): string {
  if (label === 'username') return freshValue('casebook-');
  if (label.endsWith('email')) return `${freshValue('casebook-')}@example.com`;
  return freshValue('Casebook');
}

/** What another user of the server has in field `label` (its username or email address). */
async function valueOfAnotherUser(world: CasebookWorld, label: string): Promise<string> {
  const other = world.credentials('other');
  const me = await asUser(requireBaseUrl(world.config), other, (client) =>
    client.get<{ username: string; email: string }>('/api/v4/users/me'),
  );
  if (label === 'username') return me.username;
  if (label.endsWith('email')) return me.email;
  throw new Error(`"${label}" is not a field that names an existing account (username or email)`);
}

/**
 * "Enter or edit First Name", "Enter a nickname", "Enter a Job Title", "Enter the username of an existing user",
 * "Enter a new Primary Email, leave Confirm Email blank", "Enter a Primary Email of an existing account. Enter the
 * same email address for Confirm Email field.", "Enter First Name `This Is a Very Long Name`", "Enter a new
 * value" (the open section's only field), "Enter a new username starting with a period, dash, or underscore": a
 * value in that field (the one quoted, a new one, or another account's), and
 * the same value or nothing in a second field.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:enter|edit|change|type)(?:\s+or\s+(?:enter|edit|change))?\s+(?:a\s+new\s+|a\s+|the\s+|your\s+)?(?:${FIELD}|value)(?:\s+(${QUOTED})|\s+(starting\s+with\s+a\s+period,?\s+(?:a\s+)?dash,?\s+or\s+(?:an?\s+)?underscore))?(\s+of\s+(?:an?\s+)?(?:existing|another|other)\s+(?:user|account))?(?:\.?\s+enter\s+the\s+same\s+(?:email\s+address|value)\s+(?:for|in|into)\s+(?:the\s+)?${FIELD}(?:\s+field)?)?(?:,?\s+(?:and\s+)?leave\s+(?:the\s+)?${FIELD}(?:\s+field)?\s+blank)?`,
    ),
    async function (
      this: CasebookWorld,
      field: string | null,
      given: string | null,
      leading: string | null,
      existing: string | null,
      sameField: string | null,
      blankField: string | null,
    ) {
      const page = await this.appPage();
      const label = field ? fieldLabel(field) : await onlyFieldOfOpenSection(this, page);
      const value = given
        ? unquote(given)
        : existing
          ? await valueOfAnotherUser(this, label)
          : leading
            ? freshValue('.casebook-')
            : newValueFor(label);
      await fillField(this, page, label, value);
      if (sameField) await fillField(this, page, fieldLabel(sameField), value);
      if (blankField) await fillField(this, page, fieldLabel(blankField), '');
    },
  ),
);

/** "Enter a new value": the field of the section open for editing, when it has only one. */
async function onlyFieldOfOpenSection(world: CasebookWorld, page: Page): Promise<string> {
  const inputs = openSection(page).locator('input:not([type="radio"]):not([type="checkbox"])');
  if ((await inputs.count()) !== 1) throw new Error('the open section has more than one field: say which');
  return lastEditedSection(world).title;
}

/** "Remove username (leave field blank)", "Clear Username field". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:remove|clear|delete)\s+(?:the\s+|your\s+)?${FIELD}(?:\s+field)?(?:\s*\(leave\s+(?:the\s+)?field\s+blank\))?`,
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

/**
 * "Leave fields blank": the open settings section's fields, or those of the open dialog (System Console > Users >
 * Reset password), are (and stay) empty; a line with no such fields on screen fails rather than holds vacuously.
 */
defineStep(
  ...definition(
    sentence(String.raw`leave\s+(?:the\s+|all\s+)?fields\s+blank`),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const section = openSection(page);
      const scope =
        (await section.count()) > 0 ? section : page.getByRole('dialog').filter({ visible: true }).last();
      const inputs = scope.locator('input:not([type="radio"]):not([type="checkbox"])');
      if ((await inputs.count()) === 0)
        throw new Error('no settings section or dialog with fields is open: a former line opens one');
      for (const input of await inputs.all()) {
        if (await input.inputValue()) throw new Error('a field of the open section is not blank');
      }
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

/**
 * "Full name field shows first and last name.", "Full name field shows updated first name.": the Full Name row
 * shows the first and last name entered, or holds the first name entered.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?full\s+name\s+(?:(?:field|section|setting)\s+)?(shows|does\s+not\s+show)\s+(?:the\s+)?(first\s+and\s+last\s+names?|updated\s+first\s+name)`,
    ),
    async function (this: CasebookWorld, verb: string, what: string) {
      const page = await this.appPage();
      const negated = /not/i.test(verb);
      const shown = await sectionDescription(page, 'Full Name', this.timeouts.expectMs);
      if (/updated/i.test(what)) {
        const first = typedInto(this, 'first name');
        if (shown.split(/\s+/).includes(first) === negated)
          throw new Error(
            `Full Name shows "${shown}"; expected ${negated ? 'no' : 'the'} new first name ${first}`,
          );
        return;
      }
      const wanted = `${typedInto(this, 'first name')} ${typedInto(this, 'last name')}`;
      if ((shown === wanted) === negated) {
        throw new Error(`Full Name shows "${shown}"; expected ${negated ? 'anything but ' : ''}"${wanted}"`);
      }
    },
  ),
);
