import { registerPlace, registerThing } from '../../generic/assert';
import { defineAlias } from '../../generic/vocabulary';
import { switcherDialog } from '../channels/switcher';
import { CHANNEL } from '../selectors';

/**
 * Nouns of keyboard and focus lines: the center box under the names testers give it when the RHS has a box
 * too ("center channel message box"), and the Keyboard Shortcuts dialog (`#shortcutsModalLabel`, MM-T1239).
 */
registerThing({
  names: [
    'center channel message box',
    'centre channel message box',
    'center message box',
    'center channel input box',
    'center channel textbox',
    'center input box',
    'main message box',
    'center channel message input',
    // The center box's placeholder reads "Write to <channel name>".
    'Write to message input box',
    'Write to message box',
  ],
  locate: (scope) => scope.locator(CHANNEL.postTextbox),
});

registerThing({
  names: [
    "RHS's reply textbox",
    'RHS reply textbox',
    'RHS textbox',
    'reply box in RHS',
    'reply box in the RHS',
    'RHS reply input',
  ],
  locate: (scope) => scope.locator('#reply_textbox, [data-testid="reply_textbox"]'),
});

registerPlace({
  names: [
    'keyboard shortcuts modal',
    'keyboard shortcuts dialog',
    'keyboard shortcuts window',
    'shortcuts modal',
  ],
  locate: (page) =>
    page
      .locator('[role="dialog"], dialog')
      .filter({ has: page.locator('#shortcutsModalLabel') })
      .filter({ visible: true }),
});

// "Click help menu": Mattermost's header Help button.
defineAlias(['help menu', 'help icon', 'help button', 'help menu icon'], { names: ['Help'] });

// Ctrl/Cmd+K's channel switcher, "Switch Channels" in older Mattermost, "Find Channels" now (find_channels_modal).
registerPlace({
  names: ['Switch Channels modal', 'Switch Channels dialog', 'channel switcher', 'quick switcher'],
  locate: (page) => switcherDialog(page).filter({ visible: true }),
});

/**
 * "Unread channels are listed": in the open channel switcher, the options whose name Mattermost marks
 * `suggestion-list__unread`; with no switcher open, the sidebar's unread channel links (`unread-title`).
 */
registerThing({
  names: ['unread channels', 'unread channel'],
  async locate(scope) {
    const switcher = scope
      .locator('.suggestion-list__item')
      .filter({ has: scope.locator('.suggestion-list__unread') });
    const page = 'page' in scope ? scope.page() : scope;
    if (await switcherDialog(page).isVisible()) return switcher;
    return scope.locator(`${CHANNEL.sidebar} .unread-title`);
  },
});

/**
 * "Focus is placed in input field" (after Ctrl/Cmd+K, in a rename dialog…): the text input of the open dialog;
 * with no dialog open, the center message box.
 */
registerThing({
  names: ['input field'],
  async locate(scope) {
    const page = 'page' in scope ? scope.page() : scope;
    const dialog = page.locator('dialog[open], [role="dialog"]').filter({ visible: true }).last();
    const input = dialog.locator(
      'input:not([type]), input[type="text"], input[type="search"], [role="combobox"], textarea',
    );
    if (await dialog.count()) return input.first();
    return scope.locator(CHANNEL.postTextbox);
  },
});
