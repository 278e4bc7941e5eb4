import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { isQuoted, PATH, QUOTED, sentence, splitPath, unquote } from './generic/phrase';
import { followPath } from './generic/routes';
import './mattermost';
import {
  existingIntegration,
  INTEGRATION_KINDS,
  type IntegrationKind,
  kindNamed,
  openEdit,
  rememberedIntegration,
  storedNow,
} from './mattermost/integrations/existing';
import { integrationField, valueFor } from './mattermost/integrations/fields';
import './mattermost/integrations/route';
import { BACKSTAGE, FIELD_NAME } from './mattermost/integrations/selectors';
import './mattermost/integrations/vocabulary';

// ---------- the integration forms (Integrations > Slash Commands / Incoming / Outgoing Webhooks > Add, Edit) ----------

/**
 * "Enter a Command Trigger Word starting with "//"", "Enter a Command Trigger Word containing a space", "Enter
 * Trigger Word: test", "Enter Request URL http://", "Update Request URL: http://mattermost.com", "Add Response
 * Username: newname", "Add a hint: "[test-hint]"", "Enter URL:" with the URL as DocString.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:enter|add|update|type|set)\s+(?:(?:a|an|the)\s+)?(${FIELD_NAME})(?:\s+(starting\s+with|containing)\s+(${QUOTED}|a\s+space))?\s*:?(?:\s+(${QUOTED}|\S+))?`,
    ),
    async function (
      this: CasebookWorld,
      field: string,
      how: string | null,
      qualifier: string | null,
      value: string | null,
    ) {
      const docString = typeof this.step.argument === 'string' ? this.step.argument.trim() : null;
      const given = value !== null ? unquote(value) : docString;
      const text = valueFor(
        this,
        how,
        qualifier !== null && isQuoted(qualifier) ? unquote(qualifier) : qualifier,
        given,
      );
      const control = await integrationField(this, field);
      await control.fill(text);
    },
  ),
);

/**
 * "Add", "Update", "Update (on confirmation dialog)", "Cancel on the confirmation dialog": the form's submit button,
 * or the confirm modal's Update / Cancel.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(add|update)(\s*\(on\s+(?:the\s+)?confirmation\s+dialog\))?|(cancel)\s+(?:on|in)\s+the\s+confirmation\s+dialog)`,
    ),
    async function (
      this: CasebookWorld,
      verb: string | null,
      onDialog: string | null,
      cancel: string | null,
    ) {
      const page = await this.page();
      const target = cancel
        ? page.locator(BACKSTAGE.confirmModal).getByRole('button', { name: 'Cancel' })
        : onDialog
          ? page.locator(BACKSTAGE.confirmButton)
          : page.locator(`${BACKSTAGE.saveCommand}, ${BACKSTAGE.saveWebhook}`);
      await target.filter({ visible: true }).first().click({ timeout: this.timeouts.actionMs });
      if (verb && !onDialog && /update/i.test(verb)) await settleConfirmation(this);
    },
  ),
);

// ---------- an integration made before the case ----------

/**
 * "Find the slash command you created before and click "Edit"", "Go to Main Menu ➜ Integrations ➜ Incoming Webhook
 * and edit an incoming webhook you previously created.": the scenario's integration of that kind (set up through
 * the REST API when the case assumes one), its Edit page; "edit" also changes its Title and Description in the form
 * (not saved), as a tester editing it does.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:go\s+to|open)\s+(${PATH})\s+and\s+)?(find|edit|open)\s+(?:an?|the)\s+(slash\s+command|incoming\s+webhook|outgoing\s+webhook)\s+(?:that\s+)?you\s+(?:have\s+)?(?:previously\s+)?created(?:\s+(?:before|earlier|previously|above))?(?:\s+and\s+click\s+(?:"edit"|edit))?`,
    ),
    async function (this: CasebookWorld, path: string | null, verb: string, kindName: string) {
      const existing = await existingIntegration(this, kindNamed(kindName));
      if (path) await followPath(this, splitPath(path));
      const page = await openEdit(this, existing);
      if (/^edit$/i.test(verb)) {
        for (const id of ['#displayName', '#description']) {
          const field = page.locator(id);
          await field.fill(`${await field.inputValue()} (edited)`);
        }
      }
    },
  ),
);

/**
 * "Incoming webhooks list page is displayed. No changes were applied.", "Clicking "Cancel" undoes the change": the
 * named button is clicked where one is named, then the integration on the server is as it was set up (and the
 * list page of its kind is on screen when the line says so).
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:(?:(incoming\s+webhooks|outgoing\s+webhooks|slash\s+commands)\s+list\s+page\s+is\s+(not\s+)?displayed\.?\s+)?no\s+changes\s+(?:were|have\s+been)\s+(not\s+)?(?:applied|saved)|clicking\s+(${QUOTED})\s+(undoes|does\s+not\s+undo)\s+the\s+changes?)`,
    ),
    async function (
      this: CasebookWorld,
      listKind: string | null,
      notShown: string | null,
      notApplied: string | null,
      button: string | null,
      undoes: string | null,
    ) {
      const existing = rememberedIntegration(this);
      const page = await this.page();
      if (button)
        await page
          .getByRole('link', { name: unquote(button), exact: true })
          .or(page.getByRole('button', { name: unquote(button), exact: true }))
          .first()
          .click({ timeout: this.timeouts.actionMs });
      if (listKind) await expectListPage(this, kindNamed(listKind), Boolean(notShown));
      const now = await storedNow(this, existing);
      const changed = CHANGEABLE.filter(
        (key) => JSON.stringify(now[key]) !== JSON.stringify(existing.before[key]),
      );
      const expectChanged = Boolean(notApplied) || /not/i.test(undoes ?? '');
      if (expectChanged && changed.length === 0)
        throw new Error('the integration is as it was set up: nothing was changed');
      if (!expectChanged && changed.length > 0) {
        throw new Error(
          `the integration was changed: ${changed.map((key) => `${key} is now ${JSON.stringify(now[key])}`).join(', ')}`,
        );
      }
    },
  ),
);

/** The fields an edit form changes. */
const CHANGEABLE = [
  'display_name',
  'description',
  'trigger',
  'url',
  'method',
  'channel_id',
  'channel_locked',
  'username',
  'icon_url',
  'callback_urls',
  'trigger_words',
];

/** How long a page may still be arriving after the click before an absence check. */
const SETTLE_MS = 2_000;

async function expectListPage(world: CasebookWorld, kind: IntegrationKind, not: boolean): Promise<void> {
  const page = await world.page();
  const list = page.locator(BACKSTAGE.list);
  const heading = page.getByRole('heading', { name: INTEGRATION_KINDS[kind].heading, exact: true });
  const path = `/integrations/${INTEGRATION_KINDS[kind].page}`;
  const shown = async () =>
    new URL(page.url()).pathname.endsWith(path) && (await list.isVisible()) && (await heading.isVisible());
  // "not displayed" must hold once the click before it has landed, so it waits out a short settle window too:
  // checked at once, a Cancel still navigating read as "not displayed" (a silent twin of MM-T640 in CI).
  const deadline =
    Date.now() + (not ? Math.min(SETTLE_MS, world.timeouts.actionMs) : world.timeouts.actionMs);
  let is = await shown();
  while (!is && Date.now() < deadline) {
    await page.waitForTimeout(150);
    is = await shown();
  }
  if (is === not)
    throw new Error(
      `the ${INTEGRATION_KINDS[kind].heading} list page is ${is ? '' : 'not '}displayed (at ${page.url()})`,
    );
}

/** After Update, an edit that may break callers asks first; the next line of the case says what to do with it. */
async function settleConfirmation(world: CasebookWorld): Promise<void> {
  const page = await world.page();
  await page
    .locator(`${BACKSTAGE.confirmModal}, ${BACKSTAGE.listItem}, ${BACKSTAGE.formError}`)
    .first()
    .waitFor({ timeout: world.timeouts.actionMs })
    .catch(() => {});
}
