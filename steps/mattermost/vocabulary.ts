import { defineAlias } from '../generic/vocabulary';
import { CHANNEL, MENUS } from './selectors';

// How testers name Mattermost controls that have another accessible name (or none).
defineAlias(
  [
    'hamburger menu',
    'hamburger',
    'hamburger icon',
    'hamburger main menu',
    'main menu',
    'team menu',
    'team name menu',
  ],
  {
    css: [MENUS.main, '#headerInfo'],
    names: ['main menu'],
  },
);
defineAlias(['user menu', 'account menu', 'user account menu', 'avatar', 'profile picture', 'user avatar'], {
  css: [MENUS.userAccountButton],
  names: ["User's account menu"],
});
defineAlias(['settings gear', 'gear icon', 'settings icon', 'gear', 'settings gear icon'], {
  css: [MENUS.settingsGear],
  names: ['Settings'],
});
defineAlias(
  [
    'message box',
    'center message box',
    'main message box',
    'message input box',
    'message input',
    'input box',
    'main input box',
    'post textbox',
    'post input box',
    'text box',
    'textbox',
    'message text box',
    'center textbox',
  ],
  { css: [CHANNEL.postTextbox] },
);

// The team name in the sidebar header, and areas steps point into ("in the LHS").
defineAlias(['team name', 'team name in the lhs', 'team display name'], {
  css: ['#teamDisplayName', '#headerTeamName', '.team-name'],
});
defineAlias(['LHS', 'left-hand side', 'left hand side', 'left sidebar', 'sidebar'], {
  css: ['#SidebarContainer', '#sidebar-left'],
});
defineAlias(['RHS', 'right-hand side', 'right hand side', 'right sidebar'], {
  css: ['#sidebar-right', '#rhsContainer'],
});
defineAlias(['channel header', 'header'], { css: ['.channel-header', '#channel-header'] });
defineAlias(['global header'], { css: ['#global-header'] });
defineAlias(['center', 'centre', 'center channel'], { css: [CHANNEL.view, '#app-content'] });
defineAlias(['modal', 'dialog', 'dialog box', 'modal window', 'popup', 'pop-up'], {
  css: ['dialog[open]', '[role="dialog"]'],
});
