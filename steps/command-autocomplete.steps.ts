import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { definition } from './generic/define';
import './mattermost';
import { commandTip, tipShown, typedCommand } from './mattermost/integrations/command-tips';

/**
 * "After typing the space character the relevant tip is still displayed" (after 'Type "/rename " (with the
 * space)'): the message box holds "/<command> " and the suggestion list above it shows the command's hint
 * (its `auto_complete_hint`, "[text]" for /rename); negated, no suggestion with the hint once the list settled.
 */
defineStep(
  ...definition(
    /^\s*after\s+typing\s+the\s+space(?:\s+character)?,?\s+the\s+(?:relevant\s+)?(?:tip|hint)\s+is\s+(?:still\s+)?(not\s+(?:still\s+)?|no\s+longer\s+)?(?:displayed|shown)\s*[.!]?\s*$/i,
    async function (this: CasebookWorld, not: string | null) {
      const page = await this.appPage();
      const { trigger, text } = await typedCommand(page);
      if (!text.endsWith(' '))
        throw new Error(`the message box holds "${text}": no space was typed after the command`);
      const tip = await commandTip(page, trigger);
      const shown = await tipShown(this, page, tip, !not);
      if (!not && !shown)
        throw new Error(`the suggestion list shows no "${tip}" tip for /${trigger} after the space`);
      if (not && shown) throw new Error(`the suggestion list shows the "${tip}" tip of /${trigger}`);
    },
  ),
);
