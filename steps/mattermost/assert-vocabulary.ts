import type { Locator } from 'playwright';
import { registerPlace, registerState, registerThing } from '../generic/assert';
import { CHANNEL } from './selectors';

/**
 * The Mattermost web app's places and things for the assertion language, with the real app's selectors
 * (../shared/reference/capability-map.md §5: PW lib `center_view.ts`, `sidebar_left.ts`, `sidebar_right.ts`,
 * `global_header.ts`, `search_results_panel.ts`; older ids in second place). The sandbox follows the same ids.
 * Areas (posts, channels, System Console, settings…) register their own nouns in their own files.
 */

const css = (selectors: string[]) => selectors.join(', ');

registerPlace({
  names: [
    'RHS',
    'right-hand side',
    'right hand side',
    'right sidebar',
    'right-hand sidebar',
    'right panel',
    'right drawer',
    'reply thread',
    'thread view',
    'RHS thread',
  ],
  locate: (page) => page.locator(css(['#sidebar-right', '#rhsContainer'])).filter({ visible: true }),
});
registerPlace({
  names: [
    'LHS',
    'left-hand side',
    'left hand side',
    'left sidebar',
    'left-hand sidebar',
    'sidebar',
    'channel sidebar',
    'channel list',
    'channels list',
    'sidebar channel list',
  ],
  locate: (page) => page.locator(css([CHANNEL.sidebar, '#sidebar-left'])).filter({ visible: true }),
});
registerPlace({
  names: ['channel header', 'header of the channel', 'channel header region', 'channel title', 'header'],
  locate: (page) => page.locator(css(['#channel-header', '.channel-header'])).filter({ visible: true }),
});
registerPlace({
  names: ['global header', 'top bar', 'app header'],
  locate: (page) => page.locator('#global-header').filter({ visible: true }),
});
registerPlace({
  names: [
    'center',
    'centre',
    'center channel',
    'centre channel',
    'center view',
    'channel view',
    'center pane',
    'main view',
    'center of the screen',
    'center panel',
  ],
  locate: (page) => page.locator(CHANNEL.view).filter({ visible: true }),
});
registerPlace({
  names: ['post list', 'message list', 'channel history', 'message history', 'posts list'],
  locate: (page) => page.locator(CHANNEL.postList).filter({ visible: true }),
});
registerPlace({
  names: [
    'search results',
    'search results panel',
    'search result list',
    'search results list',
    'search panel',
  ],
  locate: (page) => page.locator('#searchContainer').filter({ visible: true }),
});
registerPlace({
  names: ['team sidebar', 'team list', 'teams sidebar'],
  locate: (page) => page.locator('#teamSidebarWrapper').filter({ visible: true }),
});

registerThing({
  names: ['channel name', 'channel display name', 'name of the channel', 'channel title text'],
  locate: (scope) => scope.locator(CHANNEL.header),
});
registerThing({
  names: [
    'message box',
    'message input box',
    'input box',
    'post textbox',
    'message text box',
    'center textbox',
    'text input box',
    'message draft area',
    'message input',
  ],
  locate: (scope) => scope.locator(CHANNEL.postTextbox),
});
registerThing({
  names: [
    'reply box',
    'reply textbox',
    'reply input box',
    'RHS reply box',
    'comment box',
    'reply message box',
  ],
  locate: (scope) => scope.locator('#reply_textbox, [data-testid="reply_textbox"]'),
});
registerThing({
  names: ['current channel', 'current channel name', 'channel header title'],
  locate: (scope) => scope.locator(CHANNEL.header),
});
registerThing({
  names: ['error', 'error message', 'error text', 'validation error', 'inline error'],
  // Settings forms: #clientError/#serverError (older), #error_<field> (current); generic alerts otherwise.
  locate: (scope) =>
    scope.locator(
      '#clientError, #serverError, [id^="error_"], .has-error .control-label, [role="alert"], .error-text',
    ),
});
registerThing({
  names: ['channel intro', 'channel introduction', 'intro message'],
  locate: (scope) => scope.locator('#channelIntro'),
});
registerThing({
  names: ['search box', 'search field', 'search bar'],
  locate: (scope) => scope.locator('#searchBox, #searchFormContainer input, #searchFormContainer'),
});
registerThing({
  names: ['mention badge', 'mention count', 'mentions badge', 'unread mention badge'],
  locate: (scope) => scope.locator('#unreadMentions, .badge'),
});
registerThing({
  names: ['send button', 'send icon'],
  locate: (scope) => scope.locator('[data-testid="SendMessageButton"]'),
});

/** Mattermost marks an unread channel link with the class `unread-title` (and bolds it). */
registerState({
  names: ['unread', 'marked unread', 'marked as unread', 'shown as unread'],
  opposites: ['read', 'marked read', 'marked as read'],
  async check(target: Locator) {
    const classes = (await target.evaluate((element) => {
      const link = element.closest('a') ?? element.querySelector('a') ?? element;
      return `${element.className} ${link.className} ${link.getAttribute('aria-label') ?? ''}`;
    })) as string;
    const holds = /\bunread(?:-title)?\b/i.test(classes);
    return { holds, actual: holds ? 'unread' : `no unread marker (class/label "${classes.trim()}")` };
  },
});
