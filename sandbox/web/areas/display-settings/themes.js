// Mattermost's premade themes (mattermost-redux constants/preferences.ts, Preferences.THEMES), the colours the
// sandbox applies; a theme preference stores one of these objects as JSON (category "theme").
export const THEMES = {
  denim: {
    type: 'Denim',
    sidebarBg: '#1e325c',
    sidebarText: '#ffffff',
    sidebarTextActiveBorder: '#5d89ea',
    sidebarHeaderBg: '#192a4d',
    sidebarHeaderTextColor: '#ffffff',
    centerChannelBg: '#ffffff',
    centerChannelColor: '#3f4350',
    linkColor: '#386fe5',
    buttonBg: '#1c58d9',
    buttonColor: '#ffffff',
    mentionHighlightBg: '#ffd470',
    codeTheme: 'github',
  },
  sapphire: {
    type: 'Sapphire',
    sidebarBg: '#174ab5',
    sidebarText: '#ffffff',
    sidebarTextActiveBorder: '#57b5f0',
    sidebarHeaderBg: '#1542a2',
    sidebarHeaderTextColor: '#ffffff',
    centerChannelBg: '#ffffff',
    centerChannelColor: '#3f4350',
    linkColor: '#1c58d9',
    buttonBg: '#1c58d9',
    buttonColor: '#ffffff',
    mentionHighlightBg: '#7ff0f0',
    codeTheme: 'github',
  },
  quartz: {
    type: 'Quartz',
    sidebarBg: '#f4f4f6',
    sidebarText: '#090a0b',
    sidebarTextActiveBorder: '#32a4ec',
    sidebarHeaderBg: '#e8e9ed',
    sidebarHeaderTextColor: '#2d3039',
    centerChannelBg: '#ffffff',
    centerChannelColor: '#3f4350',
    linkColor: '#1c58d9',
    buttonBg: '#1c58d9',
    buttonColor: '#ffffff',
    mentionHighlightBg: '#7ff0f0',
    codeTheme: 'github',
  },
  indigo: {
    type: 'Indigo',
    sidebarBg: '#0f1a2e',
    sidebarText: '#ffffff',
    sidebarTextActiveBorder: '#1279ba',
    sidebarHeaderBg: '#152231',
    sidebarHeaderTextColor: '#dddfe4',
    centerChannelBg: '#0a111f',
    centerChannelColor: '#dddfe4',
    linkColor: '#5d89ea',
    buttonBg: '#386fe5',
    buttonColor: '#ffffff',
    mentionHighlightBg: '#133a91',
    codeTheme: 'solarized-dark',
  },
  onyx: {
    type: 'Onyx',
    sidebarBg: '#121317',
    sidebarText: '#ffffff',
    sidebarTextActiveBorder: '#1592e0',
    sidebarHeaderBg: '#1b1d22',
    sidebarHeaderTextColor: '#dddfe4',
    centerChannelBg: '#090a0b',
    centerChannelColor: '#dddfe4',
    linkColor: '#5d89ea',
    buttonBg: '#386fe5',
    buttonColor: '#ffffff',
    mentionHighlightBg: '#0d6e6e',
    codeTheme: 'monokai',
  },
};

export const DEFAULT_THEME = THEMES.denim;

/** The theme stored for the user ("theme" preference, name "" = all teams), or Denim. */
export function parseTheme(json) {
  try {
    const theme = JSON.parse(json);
    return theme && typeof theme === 'object' ? { ...DEFAULT_THEME, ...theme } : DEFAULT_THEME;
  } catch {
    return DEFAULT_THEME;
  }
}

/**
 * Applies a theme the way Mattermost does, as CSS variables on the root element (--sidebar-bg,
 * --center-channel-bg, --button-bg…), plus the sandbox stylesheet's own names for the same colours.
 */
export function applyTheme(theme) {
  const style = document.documentElement.style;
  const set = (names, value) => {
    for (const name of names) style.setProperty(name, value);
  };
  set(['--sidebar-bg'], theme.sidebarBg);
  set(['--sidebar-text'], theme.sidebarText);
  set(['--sidebar-header-bg'], theme.sidebarHeaderBg);
  set(['--sidebar-header-text-color'], theme.sidebarHeaderTextColor);
  set(['--sidebar-text-active-border', '--sidebar-active'], theme.sidebarTextActiveBorder);
  set(['--center-channel-bg', '--bg'], theme.centerChannelBg);
  set(['--center-channel-color', '--text'], theme.centerChannelColor);
  set(['--button-bg', '--primary'], theme.buttonBg);
  set(['--button-color'], theme.buttonColor);
  set(['--link-color'], theme.linkColor);
  set(['--mention-highlight-bg'], theme.mentionHighlightBg);
  document.documentElement.dataset.theme = theme.type;
}
