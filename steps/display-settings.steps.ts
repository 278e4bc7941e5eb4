import { Before, defineStep } from '@cucumber/cucumber';
import type { Locator } from 'playwright';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import { themeSaved } from './mattermost/settings/theme';
import './mattermost';
import { collapsedSection } from './mattermost/sections';
import { closeSettings, settingsModal } from './mattermost/settings';
import { CLOCK_FORMATS, postAtTimeOfDay, shownPostTimes } from './mattermost/settings/clock';
import {
  displaySettingNamed,
  lastDisplayChoice,
  optionNamed,
  setDisplaySetting,
} from './mattermost/settings/display';
import { settledLanguageMisses } from './mattermost/settings/interface-language';
import {
  chooseLanguage,
  chosenLanguage,
  languageNamed,
  languageOfTitle,
  saveLanguage,
  storedLocale,
} from './mattermost/settings/language';

/** The text of `target` once it reads `wanted` (or, when `away`, anything else), or at the timeout. */
async function settledText(target: Locator, wanted: string, away: boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = ((await target.textContent({ timeout: timeoutMs }).catch(() => null)) ?? '').trim();
    if ((text === wanted) !== away || Date.now() > until) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const scenarioTitles = new WeakMap<CasebookWorld, string>();
Before(function (this: CasebookWorld, { pickle }) {
  scenarioTitles.set(this, pickle.name);
});

const SETTING = String.raw`(time(?:\s+format|\s+display)?|clock(?:\s+display)?|teammate\s+name\s+display|message\s+display|(?:website\s+)?link\s+previews?|(?:default\s+appearance\s+of\s+)?image\s+previews?|threaded\s+discussions|collapsed\s+reply\s+threads(?:\s+\(beta\))?|channel\s+display(?:\s+mode)?)`;
const IN_SETTINGS = String.raw`(?:\s+(?:in|from|under)\s+(?:the\s+)?(?:account\s+)?settings\s*(?:>|->|➜|›|→)\s*display)?`;
const AND_SAVE = String.raw`(,?\s+(?:and\s+)?(?:then\s+)?(?:click\s+)?save)?`;

/**
 * "Switch time to 24 hour clock", "Set time format to 12-hour", "Set Message Display to Compact in Settings >
 * Display": picks the option in that Display section (opening Settings > Display > section > Edit unless the
 * section is open already). A line that only picks leaves Save to the next line; a line that opened nothing
 * itself ("… in Settings > Display", "… and Save") saves and closes the settings.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:switch|set|change|turn)\s+(?:the\s+)?${SETTING}(?:\s+setting)?\s+(?:to|as)\s+(?:the\s+|a\s+)?(.+?)${IN_SETTINGS}${AND_SAVE}`,
    ),
    async function (this: CasebookWorld, settingWords: string, value: string, save: string | null) {
      const setting = displaySettingNamed(settingWords.replace(/\s+/g, ' '));
      const option = optionNamed(setting, value.replace(/\s+(?:clock|format|time)$/i, ''));
      const page = await this.appPage();
      const wasOpen = await settingsModal(page).isVisible();
      await setDisplaySetting(this, setting, option, Boolean(save) || !wasOpen);
    },
  ),
);

/**
 * "Setting shows 24 hr clock.": the section changed last shows that option once saved (its collapsed
 * description is the option's label, as in Mattermost). "Description displays in settings modal" is Team
 * Settings' (steps/team-settings.steps.ts).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:the\s+)?(?:setting|section|description)\s+(shows|displays|reads|does\s+not\s+(?:show|display|read))\s+(?!in\s+(?:the\s+)?(?:team\s+)?settings\s+modal\b)(?:the\s+)?(.+?)`,
      ),
      async function (this: CasebookWorld, verb: string, value: string) {
        const { setting } = lastDisplayChoice(this);
        const option = optionNamed(setting, value.replace(/\s*\b(?:hr|hour)s?\b\s*/i, ' ').trim());
        const page = await this.appPage();
        const describe = collapsedSection(page, setting.title).first().locator('.section-min__describe');
        const negated = /not/i.test(verb);
        const shown = await settledText(describe, option.label, negated, this.timeouts.expectMs);
        if ((shown === option.label) === negated) {
          throw new Error(
            `${setting.title} shows "${shown}"; expected ${negated ? 'anything but ' : ''}"${option.label}"`,
          );
        }
      },
    ),
  ),
);

/** "Close Settings modal", "Close the Account Settings": its Close button. */
defineStep(
  ...definition(
    sentence(String.raw`close\s+(?:the\s+)?(?:account\s+)?settings(?:\s+(?:modal|dialog|window))?`),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      if (!(await settingsModal(page).isVisible())) throw new Error('the settings modal is not open');
      await closeSettings(page, this.timeouts.actionMs);
    },
  ),
);

/** "Change to the language shown at the top of these steps": the language the case's title names. */
defineStep(
  ...definition(
    sentence(
      String.raw`change\s+(?:the\s+language\s+)?to\s+the\s+language\s+(?:shown|named|given|listed)\s+(?:at\s+the\s+top\s+of|in\s+the\s+title\s+of)\s+(?:these|the)\s+steps`,
    ),
    async function (this: CasebookWorld) {
      const title = scenarioTitles.get(this) ?? '';
      await chooseLanguage(this, languageOfTitle(title));
    },
  ),
);

/** "Change the language to English and Save", "Change the language to something other than English and Save". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:change|set|switch)\s+(?:the\s+)?(?:interface\s+|display\s+)?language\s+to\s+(something\s+other\s+than\s+|anything\s+but\s+)?(.+?)${AND_SAVE}`,
    ),
    async function (this: CasebookWorld, other: string | null, name: string, save: string | null) {
      const named = languageNamed(name);
      if (!named) throw new Error(`"${name}" is not an interface language of Mattermost`);
      const current = await storedLocale(this);
      // "Something other than English": the first language that is neither English nor the current one.
      const language = other
        ? (await import('./mattermost/settings/language')).LANGUAGES.find(
            (l) => !l.locale.startsWith(named.locale.slice(0, 2)) && l.locale !== current,
          )!
        : named;
      await chooseLanguage(this, language);
      if (save) await saveLanguage(this);
    },
  ),
);

/**
 * "Save, observe language change in various parts of UI": saves the language chosen before and checks that the
 * message box and the sidebar now read in it (Mattermost's own translations of their strings).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`save,?\s+(?:and\s+)?observe\s+(?:the\s+)?language\s+change(?:\s+in\s+(?:the\s+)?various\s+parts\s+of\s+(?:the\s+)?(?:UI|user\s+interface|interface))?`,
    ),
    async function (this: CasebookWorld) {
      await saveLanguage(this);
      const { language } = chosenLanguage(this);
      const misses = await settledLanguageMisses(
        await this.appPage(),
        language.locale,
        false,
        this.timeouts.actionMs,
      );
      if (misses.length > 0) {
        throw new Error(`saved ${language.name}, but the interface is not in it: ${misses.join('; ')}`);
      }
    },
  ),
);

/**
 * "After login, language preference has stayed in the language you selected.", "Page reloads and language
 * preference for English is successfully saved.": the chosen (or named) language is the user's stored locale and
 * the app runs in it; when the line says the page was loaded again (a reload, a login), it was since the save.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(after\s+(?:log\s?in|logging\s+in|login|reload(?:ing)?|refresh(?:ing)?),?\s+)?(?:the\s+)?language\s+preference\s+(has|does\s+not\s+have)\s+stayed\s+(?:in\s+)?the\s+language\s+(?:you|that\s+you|the\s+user)\s+selected|(?:the\s+)?page\s+(reloads)\s+and\s+(?:the\s+)?language\s+preference\s+for\s+(.+?)\s+(is|is\s+not)\s+(?:successfully\s+)?saved)`,
    ),
    async function (
      this: CasebookWorld,
      after: string | null,
      stayed: string | null,
      reloads: string | null,
      name: string | null,
      saved: string | null,
    ) {
      const negated = /not/i.test(stayed ?? saved ?? '');
      const chosen = chosenLanguage(this);
      const named = name ? languageNamed(name) : chosen.language;
      if (!named) throw new Error(`"${name}" is not an interface language of Mattermost`);
      const page = await this.appPage();
      const stored = await storedLocale(this);
      const lang = await page.evaluate(() => document.documentElement.lang);
      const loadedAt = await page.evaluate(() => performance.timeOrigin);
      // The interface itself reads in the language: Mattermost's translations of the page's strings.
      const misses = await settledLanguageMisses(page, named.locale, negated, this.timeouts.actionMs);
      const kept =
        chosen.language.locale === named.locale &&
        stored === named.locale &&
        lang === named.locale &&
        misses.length === 0;
      const reloaded =
        !(after || reloads) || (chosen.savedAt !== undefined && loadedAt !== chosen.originBefore);
      if ((kept && reloaded) === negated) {
        throw new Error(
          `expected ${named.name} (${named.locale}) ${negated ? 'not ' : ''}to be kept${reloaded ? '' : ' after a reload (the page was not loaded again since the save)'}; chose ${chosen.language.name}${chosen.savedAt ? '' : ' (not saved)'}, stored "${stored}", page lang "${lang}"${misses.length ? `; ${misses.join('; ')}` : ''}`,
        );
      }
    },
  ),
);

/**
 * "View a channel and find a message posted after 1pm", "Find a message with timestamp after 12 noon and before
 * midnight": a post of this user at 37 past the hour after that one (14:37, 13:37), shown.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:view\s+a\s+channel\s+and\s+)?find\s+a\s+(?:message|post)\s+(?:posted\s+after\s+(\d{1,2})\s*(am|pm)|with\s+(?:a\s+)?timestamp\s+after\s+12\s+noon(?:\s+and\s+before\s+midnight)?)`,
    ),
    async function (this: CasebookWorld, hour: string | null, half: string | null) {
      const h = hour ? (Number(hour) % 12) + (/pm/i.test(half ?? '') ? 12 : 0) : 12;
      await postAtTimeOfDay(this, Math.min(h + 1, 23), 37);
    },
  ),
);

/**
 * "After logout, no errors shown.": the page the tester looks at now (back in the app after logging in again,
 * or the login page) shows no error: no visible alert or error text with words in it.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:after\s+(?:logout|log\s?out|logging\s+out|log\s?in|login|logging\s+in),?\s+)?(?:there\s+are\s+)?no\s+errors?\s+(?:(?:are|is)\s+)?(?:shown|displayed|appear)`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const errors = page
        .locator(
          '[role="alert"], .error-text, .form-error, .has-error, #login_error, #serverError, #clientError',
        )
        .filter({ visible: true })
        .filter({ hasText: /\S/ });
      const count = await errors.count();
      if (count > 0) throw new Error(`an error is shown: "${(await errors.first().textContent())?.trim()}"`);
    },
  ),
);

/** "Theme color should be saved.", "Custom theme colors are saved": a theme other than the starting one is stored and shown. */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:the\s+)?(?:new\s+|custom\s+)?theme(?:\s+colou?rs?)?\s+(should\s+be|is|are|has\s+been|have\s+been|should\s+not\s+be|is\s+not|are\s+not|has\s+not\s+been)\s+(?:successfully\s+)?saved`,
    ),
    async function (this: CasebookWorld, verb: string) {
      const negated = /not/i.test(verb);
      const { saved, found } = await themeSaved(this);
      if (saved === negated) {
        throw new Error(`expected a new theme ${negated ? 'not ' : ''}to be saved and shown; ${found}`);
      }
    },
  ),
);

/**
 * "Message posted after 1pm shows timestamp in 24-hour format, e.g. 14:37", "Verify that the local time of each
 * post is rendered in 12-hour format based on locale", "Timestamps on posts and reply display in 12-hour format,
 * with am or pm": every post time the line means reads in that format; a post made at a chosen time of day reads
 * exactly that time ("14:37", "2:37 PM").
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:verify\s+that\s+)?(?:the\s+)?(?:(?:message|post)\s+posted\s+after\s+\d{1,2}\s*(?:am|pm)\s+(shows|does\s+not\s+show)\s+(?:a\s+|the\s+)?timestamp|local\s+time\s+of\s+each\s+post\s+(is|is\s+not)\s+rendered|timestamps\s+on\s+posts(?:\s+and\s+(?:the\s+)?repl(?:y|ies))?\s+(display|do\s+not\s+display))\s+in\s+(12|24)-hour\s+format(?:,?\s+(?:e\.g\.|such\s+as)\s+[\d:]+(?:\s*[ap]\.?m\.?)?|,?\s+with\s+am\s+or\s+pm|\s+based\s+on\s+(?:the\s+)?locale)?`,
      ),
      async function (
        this: CasebookWorld,
        shows: string | null,
        rendered: string | null,
        display: string | null,
        format: '12' | '24',
      ) {
        const negated = /not/i.test(shows ?? rendered ?? display ?? '');
        const page = await this.appPage();
        const times = await shownPostTimes(this, page, format);
        if (times.length === 0) throw new Error('no post with a timestamp is shown');
        const wrong = times.filter(
          (time) => !CLOCK_FORMATS[format].test(time.shown) || (time.exact && time.shown !== time.exact),
        );
        if ((wrong.length === 0) === negated) {
          const listed = times
            .map((t) => `"${t.shown}"${t.exact ? ` (posted at ${t.exact})` : ''}`)
            .join(', ');
          throw new Error(
            `expected post times ${negated ? 'not ' : ''}in ${format}-hour format; shown: ${listed}`,
          );
        }
      },
    ),
  ),
);
