import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { preferredOverGrammar } from './generic/assert/defer';
import { definition } from './generic/define';
import { sentence } from './generic/phrase';
import './mattermost';
import { openCategoryMenu, scenarioCategory } from './mattermost/sidebar/categories';
import { checkCategoryOutcome, type Outcome } from './mattermost/sidebar/category-checks';
import {
  type Dismissal,
  editName,
  leaveModal,
  modalToLeave,
  type NameEdit,
  registerReopener,
} from './mattermost/sidebar/modal-dismissal';

/**
 * "Click on 3 dot to open custom category menu", "Click on 3-dot to open category menu": the scenario's custom
 * category (made on first use, with a channel and a DM in it) opens its "Edit category menu".
 */
defineStep(
  ...definition(
    sentence(
      String.raw`click\s+(?:on\s+)?(?:the\s+)?(?:3|three)[\s-]?dots?(?:\s+(?:menu\s+)?icon)?\s+to\s+open\s+(?:the\s+|a\s+)?(?:custom\s+)?category\s+menu`,
    ),
    async function (this: CasebookWorld) {
      const page = await this.appPage();
      const category = await scenarioCategory(this, page);
      await openCategoryMenu(page, category.name, this.timeouts.actionMs);
    },
  ),
);

// The category modals a case dismisses again and again open from the scenario category's menu.
for (const [title, item] of [
  ['Rename Category', 'Rename Category'],
  ['Delete this category?', 'Delete Category'],
]) {
  registerReopener(title, async (world, page) => {
    const category = await scenarioCategory(world, page);
    await openCategoryMenu(page, category.name, world.timeouts.actionMs);
    await page
      .getByRole('menu', { name: 'Edit category menu' })
      .getByRole('menuitem', { name: item })
      .click();
  });
}

const EDIT = String.raw`(?:(?<edit>edit\s+the\s+name|enter\s+some\s+text|leave\s+(?:the\s+)?name\s+blank)\s+and\s+)`;
const CANCEL = '(?<cancel>cancel)';
const X = String.raw`(?:the\s+)?(?<x>x)(?:\s+button)?`;
const OUTSIDE = String.raw`(?<outside>outside)\s+(?:of\s+)?the\s+modal`;
const CONFIRM = '(?<confirm>rename|create|save)';

/**
 * Closing a modal, with or without changing its name field first: "Edit the name and click on Cancel", "Leave
 * name blank and click on X to close the modal", "Enter some text and click outside of the modal", "Click on
 * Cancel without editing the name", "Click on X to close the modal", "Click outside of the modal", "Edit the
 * name and click on Rename". A bare "Click on Cancel" stays the generic click's.
 */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:${EDIT}click\s+(?:on\s+)?(?:${CANCEL}|${X}|${OUTSIDE}|${CONFIRM})|click\s+(?:on\s+)?(?:(?<cancel2>cancel)\s+without\s+editing\s+the\s+name|${X.replace('<x>', '<x2>')}\s+to\s+close(?:\s+the)?\s+modal|${OUTSIDE.replace('<outside>', '<outside2>')}))(?:\s+to\s+close(?:\s+the)?\s+modal)?`,
    ),
    async function (this: CasebookWorld, ...groups: unknown[]) {
      const [edit, cancel, x, outside, confirm, cancel2, x2, outside2] = groups as (string | null)[];
      const page = await this.appPage();
      const modal = await modalToLeave(this, page, this.timeouts.expectMs);
      await editName(modal, nameEdit(edit), this.timeouts.actionMs);
      const how: Dismissal =
        cancel || cancel2 ? 'cancel' : x || x2 ? 'x' : outside || outside2 ? 'outside' : 'confirm';
      await leaveModal(page, modal, how, confirm ? capitalize(confirm) : undefined, this.timeouts.actionMs);
    },
  ),
);

function nameEdit(words: string | null): NameEdit {
  if (!words) return undefined;
  if (/^edit/i.test(words)) return 'edit';
  return /^enter/i.test(words) ? 'enter' : 'blank';
}

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1).toLowerCase();

/**
 * What became of the scenario's custom category: "Category is (not) deleted", "Category is (not) renamed[, shows
 * new name on the LHS]", "Delete this category? modal opens", and after a delete "All channels are moved back to
 * Channels and DM category respectively", "User is not removed out of any channels". Read in the sidebar and
 * through the REST API (the user's categories and channel memberships).
 */
defineStep(
  ...preferredOverGrammar(
    definition(
      sentence(
        String.raw`(?:(?:the\s+)?(?:custom\s+)?category\s+is\s+(?<not1>not\s+)?(?<change>deleted|renamed)(?:,\s+shows\s+(?:the\s+)?new\s+name\s+(?:on|in)\s+the\s+LHS)?|(?<modal>delete\s+this\s+category\?)\s+modal\s+(?:(?<not2>does\s+not\s+)open|opens)|all\s+(?:the\s+)?channels\s+are\s+(?<not3>not\s+)?(?<moved>moved)\s+back\s+to\s+(?:the\s+)?channels\s+and\s+DM\s+categor(?:y|ies)(?:\s+respectively)?|(?:the\s+)?user\s+is\s+(?<not4>not\s+)?(?<removed>removed)\s+(?:out\s+)?(?:of|from)\s+any\s+channels?)`,
      ),
      async function (this: CasebookWorld, ...groups: unknown[]) {
        const [not1, change, modal, not2, not3, moved, not4] = groups as (string | null)[];
        const outcome: Outcome = change
          ? (change.toLowerCase() as Outcome)
          : modal
            ? 'delete modal'
            : moved
              ? 'moved back'
              : 'removed';
        const negated = Boolean(not1 || not2 || not3 || not4);
        await checkCategoryOutcome(this, outcome, negated);
      },
    ),
  ),
);
