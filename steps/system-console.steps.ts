import { Before, defineStep } from '@cucumber/cucumber';
import { expect } from 'playwright/test';
import type { CasebookWorld } from '../support/world';
import { clickLabel } from './generic/actions';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { PATH, QUOTED, sentence, splitPath, unquote } from './generic/phrase';
import { followPath } from './generic/routes';
import './mattermost';
import './mattermost/console/route';
import { storedBrandImage } from './mattermost/console/brand-image';
import {
  anotherValue,
  asAdmin,
  changeSetting,
  currentSection,
  lastChange,
  shownOf,
  storedValue,
} from './mattermost/console/changes';
import { configValue, serverConfig } from './mattermost/console/config';
import {
  CONSOLE,
  clickSave,
  labelAndHelp,
  openSection,
  saveError,
  shownValue,
  testId,
} from './mattermost/console/page';
import { withServerLengths } from './mattermost/console/password-rule';
import {
  labelOf,
  labelPattern,
  sectionAtUrl,
  sectionNamed,
  settingIn,
  settingInTitle,
  settingLabeled,
} from './mattermost/console/table';
import './mattermost/console/preview-banner';
import { logInThroughUi } from './mattermost/login';
import { USER, userNamed } from './mattermost/users';

// Cases labelled system-console are an admin's: the tester who "starts logged in" is the system admin.
Before({ tags: '@label:system-console' }, function (this: CasebookWorld) {
  this.startRole = 'admin';
});

/** The settings' labels ("Site Name", "Max File Size"): an unquoted label must be one of the table's. */
const SETTING_LABEL = labelPattern();
const LOG_IN = String.raw`(?:log\s?in|login|sign\s?in)`;
const VALUE = String.raw`(${QUOTED}|true|false|[\w.:/@-]+)`;
const IN_CONSOLE = String.raw`(?:\s+in\s+(?:the\s+)?(system\s+console\s*${'(?:>|➜|→)'}.+?))?`;

/** The setting a line names, in the section its path names, the section on screen, or the whole console. */
function resolveSetting(world: CasebookWorld, label: string, path: string | null, url: string) {
  if (path) {
    const found = sectionNamed(splitPath(path).slice(1).join(' > '));
    const setting = found && (found.setting ?? settingIn(found.section, label));
    if (found && setting) return { section: found.section, setting };
    throw new Error(`no System Console setting "${label}" in ${path}`);
  }
  const here = currentSection(url);
  const setting = here && settingIn(here, label);
  if (here && setting) return { section: here, setting };
  const anywhere = settingLabeled(label);
  if (!anywhere)
    throw new Error(
      `no System Console setting is labelled "${label}" (sandbox/server/areas/console/definition.ts)`,
    );
  void world;
  return anywhere;
}

/** "Login as sysadmin and visit the page "/admin_console/site_config/customization" directly". */
defineStep(
  ...definition(
    sentence(
      String.raw`${LOG_IN}\s+as\s+(${USER}),?\s+and\s+(?:visit|open|go\s+to|navigate\s+to)\s+(?:the\s+)?(?:page\s+)?(${QUOTED})(?:\s+page)?(?:\s+directly)?`,
    ),
    async function (this: CasebookWorld, who: string, url: string) {
      const session = await this.session();
      await logInThroughUi(session, userNamed(this, who), this.timeouts.navigationMs);
      const path = unquote(url);
      await session.page.goto(path);
      const section = sectionAtUrl(path);
      if (section) await openSection(session.page, section, this.timeouts.navigationMs);
    },
  ),
);

/** "As sysadmin - open System Console > Integrations GIF(Beta)", "As admin, go to System Console > Users". */
defineStep(
  ...definition(
    sentence(
      String.raw`as\s+(${USER})\s*[-–—,:]?\s*(?:open|go\s+to|navigate\s+to|visit)\s+(?:the\s+)?(${PATH})`,
    ),
    async function (this: CasebookWorld, who: string, path: string) {
      const session = await this.session();
      const user = userNamed(this, who);
      if (session.user?.username !== user.username) {
        await logInThroughUi(session, user, this.timeouts.navigationMs);
      }
      await followPath(this, splitPath(path));
    },
  ),
);

/**
 * "Set "Max File Size" to `-1`", "Set "Enable Rate Limiting" = false", "set Site Name to "X" in System Console >
 * Site Configuration > Customization", "Change "Enable Custom Branding" to true", and the bare assignments of the
 * Notifications cases ("`Enable Email Notifications` = false", ""Enable Email Batching" = "true", Save"): the
 * setting's control gets the value (not saved unless the line says so; "Save" is usually its own line).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:set|change|switch)\s+(?:the\s+)?|(?=${QUOTED}\s+=))(${QUOTED}|${SETTING_LABEL})(?:\s+setting)?\s+(?:to|=)\s+${VALUE}(,\s*save)?${IN_CONSOLE}`,
    ),
    async function (
      this: CasebookWorld,
      label: string,
      value: string,
      save: string | null,
      path: string | null,
    ) {
      const page = await asAdmin(this);
      const { section, setting } = resolveSetting(this, unquote(label), path, page.url());
      await changeSetting(this, section, setting, unquote(value));
      if (save) await clickSave(page, this.timeouts.actionMs);
    },
  ),
);

/**
 * "Change set value and save" (in "Can change Site Name setting"): the setting the case is about — the last one
 * a line named, else the one its title names — gets a new value of its type, then Save.
 */
defineStep(
  ...definition(
    sentence(String.raw`change\s+(?:the\s+)?(?:set|setting(?:'s)?)\s+value\s+and\s+save`),
    async function (this: CasebookWorld) {
      const page = await asAdmin(this);
      const title = this.gherkinDocument?.feature?.name ?? '';
      const setting = settingInTitle(title);
      const section = currentSection(page.url());
      if (!setting || !section?.settings.includes(setting)) {
        throw new Error(`"${title}" names no setting of the System Console page on screen (${page.url()})`);
      }
      const next = anotherValue(setting, await shownValue(page, setting));
      await changeSetting(this, section, setting, next, true);
      await clickSave(page, this.timeouts.actionMs);
    },
  ),
);

/**
 * "Clear the site URL in the system console. (System Console > Environment > Web Server > Site URL) and save",
 * "Remove the Site URL from the server": the text setting emptied and saved.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:clear|remove)\s+(?:the\s+)?(${QUOTED}|${SETTING_LABEL})(?:\s+(?:field|setting))?(?:\s+from\s+the\s+server|(?:\s+in\s+(?:the\s+)?system\s+console)?\.?\s*(?:\((system\s+console\s*(?:>|➜|→).+?)\))?,?\s+and\s+save(?:\s+the\s+changes?)?)`,
    ),
    async function (this: CasebookWorld, label: string, path: string | null) {
      const page = await asAdmin(this);
      const { section, setting } = resolveSetting(this, unquote(label), path, page.url());
      if (setting.type !== 'text' && setting.type !== 'number')
        throw new Error(`${labelOf(setting)} has no text to clear`);
      await changeSetting(this, section, setting, '');
      await clickSave(page, this.timeouts.actionMs);
    },
  ),
);

// ---- expected lines ----

/** "Verify that the setting, help text and set value is visible and match text" (the setting changed last). */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:verify\s+(?:that\s+)?)?the\s+setting,?\s+(?:its\s+)?help\s+text\s+and\s+(?:the\s+)?set\s+value\s+(?:is|are)\s+(not\s+)?visible\s+and\s+match(?:es)?\s+(?:the\s+)?text`,
    ),
    async function (this: CasebookWorld, not: string | null) {
      const { setting, shown } = lastChange(this);
      const page = await this.page();
      const { label, help } = labelAndHelp(page, setting);
      if (not) {
        await expect(label.or(help)).toHaveCount(0, { timeout: this.timeouts.actionMs });
        return;
      }
      await expect(label).toBeVisible({ timeout: this.timeouts.actionMs });
      await expect(label).toHaveText(setting.label.trim());
      await expect(help).toBeVisible();
      await expect(help).toHaveText(setting.help);
      // An image's preview is redrawn from the server after the save: give it its time.
      await expect
        .poll(() => shownValue(page, setting), {
          timeout: this.timeouts.actionMs,
          message: 'the value shown',
        })
        .toBe(shown);
    },
  ),
);

/**
 * "Verify that the value is save, directly via REST API", "the value is not saved", "Setting is saved." (the
 * setting changed last: a scenario that changed none fails here, it does not pass).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:verify\s+(?:that\s+)?)?(?:the\s+)?(?:value|setting)\s+is\s+(not\s+)?saved?(?:,?\s+(?:directly\s+)?(?:via|through|with)\s+(?:the\s+)?REST\s+API)?`,
    ),
    async function (this: CasebookWorld, not: string | null) {
      const { setting, shown } = lastChange(this);
      const wanted = storedValue(setting, shown);
      const page = await this.page();
      const read = async () =>
        setting.type === 'image'
          ? storedBrandImage(page)
          : configValue(await serverConfig(this), setting.key);
      if (not) {
        expect(await read(), `${labelOf(setting)} on the server`).not.toEqual(wanted);
        return;
      }
      await expect
        .poll(read, { timeout: this.timeouts.actionMs, message: `${labelOf(setting)} on the server` })
        .toEqual(wanted);
      expect(await saveError(page), 'the error under Save').toBe('');
    },
  ),
);

/** "Verify Enable GIF Picker is set to **true** by default", "Site Name is set to "Mattermost"". */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:verify\s+(?:that\s+)?)?(?:the\s+)?(${QUOTED}|${SETTING_LABEL})(?:\s+setting)?\s+is\s+(not\s+)?set\s+to\s+${VALUE}(\s+by\s+default)?`,
      ),
      async function (
        this: CasebookWorld,
        label: string,
        not: string | null,
        value: string,
        byDefault: string | null,
      ) {
        const page = await this.page();
        const section = currentSection(page.url());
        // On a console page the setting is read from its control; elsewhere (a case's opening statement) from
        // the server's config.
        const onScreen = section && settingIn(section, unquote(label));
        const setting = onScreen || (section ? undefined : settingLabeled(unquote(label))?.setting);
        if (!setting) throw new Error(`the System Console page on screen has no setting "${unquote(label)}"`);
        const wanted = unquote(value);
        if (setting.type === 'bool' && !/^(true|false)$/i.test(wanted)) {
          throw new Error(`${labelOf(setting)} is True or False, not "${wanted}"`);
        }
        if (byDefault && String(setting.default) !== String(storedValue(setting, wanted.toLowerCase()))) {
          throw new Error(`${labelOf(setting)}'s default is ${setting.default}, not ${wanted}`);
        }
        let shown: string;
        if (onScreen) {
          await testId(page, `${setting.key}label`).waitFor({ timeout: this.timeouts.actionMs });
          shown = await shownValue(page, setting);
        } else {
          shown = shownOf(setting, configValue(await serverConfig(this), setting.key));
        }
        // "Feature is enabled by default" and the like read the setting this line named.
        this.remember('setting', { label: labelOf(setting), id: setting.key, details: { value: shown } });
        const same = shown.toLowerCase() === wanted.toLowerCase();
        if (same === Boolean(not)) {
          throw new Error(`${labelOf(setting)} shows "${shown}", expected ${not ? 'not ' : ''}"${wanted}"`);
        }
      },
    ),
  ),
);

/** A quoted expected text, or one in outer double quotes that quotes something itself ("The "Current password" …"). */
const QUOTED_TEXT = `(?:${QUOTED}|"[^"]+"[^"]+"[^"]+")`;

/** Where the console shows an error: under Save, at the foot of a modal, under a modal's field. */
const ERRORS = `${CONSOLE.error}, .genericModalError .error, .Input___error`;

/** The quoted text as a pattern ignoring case (the corpus writes "Current password" where the app says "Current Password"). */
function loosely(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`), 'i');
}

/** How a line says its quoted error is an example worded by the server's settings (its password rule). */
const DEPENDS = String.raw`\s+depending\s+on\s+[^,"“]+?,?\s+e\.g\.|\s*\((?:the\s+)?text\s+depends\s+on\s+[^)]*\)`;

/**
 * "Error message displays "Invalid max file size…"", "When clicking save you should see "Site URL cannot be
 * cleared." in red at the bottom", "Error displays "The "Current password" you entered is incorrect…"": the error
 * under the System Console's Save button or in its open modal. "Click Save, observe error "…"" clicks Save first;
 * "Error displays depending on how it was invalid, e.g. "…"" and "Error displays (text depends on server's password
 * requirements) "…"" expect the quoted error with the lengths of this server's password rule.
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:click\s+(?:the\s+)?(save|reset)(?:\s+button)?,?\s+(?:and\s+)?(?:observe|see)\s+(?:an?\s+|the\s+)?error(?:\s+message)?|(?:an?\s+|the\s+)?error\s+(?:message\s+)?(?:(does\s+not\s+)?(?:display|show|appear)s?|is\s+(not\s+)?displayed)|when\s+clicking\s+save,?\s+you\s+should\s+(not\s+)?see)(${DEPENDS})?[:,]?\s+(${QUOTED_TEXT})(?:\s+in\s+red)?(?:\s+at\s+the\s+bottom)?`,
      ),
      async function (
        this: CasebookWorld,
        clicked: string | null,
        doesNot: string | null,
        isNot: string | null,
        shouldNot: string | null,
        depends: string | null,
        text: string,
      ) {
        const page = await this.page();
        if (clicked) await clickLabel(this, clicked);
        const wanted = depends ? await withServerLengths(page, unquote(text)) : unquote(text);
        const error = page.locator(ERRORS).filter({ visible: true, hasText: loosely(wanted) });
        if (doesNot || isNot || shouldNot) {
          // Give a save in flight its time, then the error must not be there.
          await page.waitForTimeout(500);
          await expect(error).toHaveCount(0, { timeout: this.timeouts.actionMs });
          return;
        }
        await expect(error.first()).toBeVisible({ timeout: this.timeouts.actionMs });
      },
    ),
  ),
);
