import { registerThing } from '../../generic/assert';
import { defineAlias } from '../../generic/vocabulary';
import { POST, RHS } from './selectors';

/** The posts area's nouns for the assertion language (the real app's ids: see selectors.ts). */
registerThing({
  names: ['reply button', 'RHS send button', 'add comment button', 'comment button'],
  locate: (scope) => scope.locator(RHS.sendButton),
  home: 'RHS',
});
registerThing({
  names: ['edited indicator', 'edited marker', 'edited label'],
  locate: (scope) => scope.locator('.post-edited__indicator'),
});
registerThing({
  names: ['edit box', 'edit textbox', 'edit message box', 'edit post box'],
  locate: (scope) => scope.locator(POST.editBox),
});
registerThing({
  names: ['pinned badge', 'pinned label', 'pinned tag'],
  locate: (scope) => scope.locator(POST.preHeader).filter({ hasText: /^Pinned$/ }),
});
registerThing({
  names: ['reply count', 'comment count', 'reply counter'],
  locate: (scope) => scope.locator('.post-menu__comment-count'),
});
registerThing({
  names: ['pin icon', 'pinned messages icon', 'pinned messages button', 'pin button'],
  locate: (scope) => scope.locator(RHS.pinButton),
});
registerThing({
  names: ['post menu', 'dot menu', 'post extra options menu', 'post options menu'],
  locate: (scope) => scope.getByRole('menu', { name: POST.dotMenuName }),
});

// The RHS send button was "Add Comment" before Mattermost 5.x named it "Reply" (and later "Send Now").
defineAlias(['add comment', 'add comment button'], { css: [RHS.sendButton] });
