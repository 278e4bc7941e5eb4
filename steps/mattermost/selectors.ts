/**
 * Element ids of the Mattermost web app (current and older versions) and of the sandbox, which follows them.
 * See ../shared/reference/mattermost-ui.md and /work/UI_CONTRACT.md.
 */
export const LOGIN = {
  loginId: '#input_loginId, #loginId',
  password: '#input_password-input, #loginPassword',
  submit: '#saveSetting, #loginButton',
  expiredBanner: '.login-body-card-banner, .AlertBanner.warning',
};

export const CHANNEL = {
  view: '#channel_view, [data-testid="channel_view"]',
  postTextbox: '#post_textbox',
  postList: '#postListContent, #post-list',
  posts: '[id^="post_"]:not(#post_textbox):not(#post_list)',
  header: '#channelHeaderTitle',
  sidebar: '#SidebarContainer',
};

export const MENUS = {
  main: '#sidebarHeaderDropdownButton',
  mainMenu: '#sidebarDropdownMenu',
  accountSettingsItem: '#accountSettings',
  logoutItem: '#logout',
  userAccountButton: 'button[aria-label="User\'s account menu"]',
  userAccountMenu: '#userAccountMenu',
  settingsGear: 'button[aria-label="Settings"]',
};

export const SETTINGS = {
  modal:
    '#accountSettingsModal, [role="dialog"]:has(#securityButton), [role="dialog"]:has(#notificationsButton)',
  tabButton: (tab: string) => `#${tab}Button`,
  save: '#saveSetting',
  cancel: '#cancelSetting',
  desktopEditOld: '#desktopEdit',
  desktopEditNew: '#desktopAndMobileEdit',
  desktopDescOld: '#desktopDesc',
  desktopDescNew: '#desktopAndMobileDesc',
  activeSessionsButton: '#viewAndLogOutOfActiveSessions',
  activeSessionsModal: '#activityLogModal',
  sessionRow: '.activity-log__table',
};
