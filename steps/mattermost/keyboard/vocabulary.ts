import { registerPlace, registerThing } from '../../generic/assert';
import { defineAlias } from '../../generic/vocabulary';
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
