import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import { isQuoted, QUOTED, sentence, unquote } from './generic/phrase';
import './mattermost';
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

/** "Add", "Update", "Update (on confirmation dialog)": the form's submit button, or the confirm modal's. */
defineStep(
  ...definition(
    sentence(String.raw`(add|update)(\s*\(on\s+(?:the\s+)?confirmation\s+dialog\))?`),
    async function (this: CasebookWorld, verb: string, onDialog: string | null) {
      const page = await this.page();
      const target = onDialog
        ? page.locator(BACKSTAGE.confirmButton)
        : page.locator(`${BACKSTAGE.saveCommand}, ${BACKSTAGE.saveWebhook}`);
      await target.filter({ visible: true }).first().click({ timeout: this.timeouts.actionMs });
      if (!onDialog && /update/i.test(verb)) await settleConfirmation(this);
    },
  ),
);

/** After Update, an edit that may break callers asks first; the next line of the case says what to do with it. */
async function settleConfirmation(world: CasebookWorld): Promise<void> {
  const page = await world.page();
  await page
    .locator(`${BACKSTAGE.confirmModal}, ${BACKSTAGE.listItem}, ${BACKSTAGE.formError}`)
    .first()
    .waitFor({ timeout: world.timeouts.actionMs })
    .catch(() => {});
}
