/**
 * The System Console as one table of facts, after Mattermost's declarative `admin_definition.tsx`
 * (webapp/channels/src/components/admin_console): each section has its URL under `/admin_console/`, its sidebar
 * category and name, and its settings with label, config path, type, help text, default and options. The
 * sandbox builds its console pages, its stored config and its validation from this table, and the steps find
 * "set X to Y in System Console > A > B" through it, so a new setting is one more row here.
 *
 * Labels and help texts are the English defaults of the real web app (admin_definition.tsx and the Cypress
 * system-console specs that assert them, e.g. customization_spec.js for MM-T1204..MM-T1217); defaults are the
 * Mattermost server's (model/config.go).
 */

/** `image`: a file the server keeps apart from the config (the Custom Brand Image); its key is its test id. */
export type SettingType = 'text' | 'number' | 'bool' | 'dropdown' | 'image';

export interface SettingOption {
  value: string;
  label: string;
}

export interface SettingFact {
  /** Config path, `Section.Key` (also the base of the setting's test ids: `<key>label`, `<key>input`, …). */
  key: string;
  label: string;
  type: SettingType;
  /** '' for settings the console shows without help text (the banner's colour pickers). */
  help: string;
  default: string | number | boolean;
  options?: SettingOption[];
  placeholder?: string;
  /** The input's maxlength (the web app refuses to type more). */
  maxLength?: number;
  /** The console shows the value divided by this (MaxFileSize: bytes stored, megabytes shown). */
  displayScale?: number;
  /** Earlier labels of the same setting (the corpus names settings as the console of its time did). */
  formerLabels?: string[];
  /** Other settings this one needs to be true before it can be edited (the console greys it out). */
  enabledBy?: string;
  /** A setting that greys this one out while it is true (Vary by HTTP header while Vary by remote address). */
  disabledBy?: string;
}

export interface SectionFact {
  /** Path under /admin_console/ */
  url: string;
  category: CategoryId;
  /** Sidebar link text, and page header unless `header` says otherwise. */
  name: string;
  /** The page header when it differs from the sidebar link (Developer → "Developer Settings"). */
  header?: string;
  formerNames?: string[];
  /** A section drawn by a page of its own instead of a list of settings. */
  page?: 'users';
  settings: SettingFact[];
}

export type CategoryId =
  | 'about'
  | 'reporting'
  | 'user_management'
  | 'environment'
  | 'site'
  | 'authentication'
  | 'integrations'
  | 'compliance'
  | 'experimental';

/** Sidebar categories in the real order, with their titles (admin_definition.tsx `sectionTitle`). */
export const CATEGORIES: { id: CategoryId; title: string }[] = [
  { id: 'about', title: 'About' },
  { id: 'reporting', title: 'Reporting' },
  { id: 'user_management', title: 'User Management' },
  { id: 'environment', title: 'Environment' },
  { id: 'site', title: 'Site Configuration' },
  { id: 'authentication', title: 'Authentication' },
  { id: 'integrations', title: 'Integrations' },
  { id: 'compliance', title: 'Compliance' },
  { id: 'experimental', title: 'Experimental' },
];

const MEBIBYTE = 1024 * 1024;

const CONNECTION_SECURITY: SettingOption[] = [
  { value: '', label: 'None' },
  { value: 'TLS', label: 'TLS (Recommended)' },
];

const link = (key: string, label: string, help: string, value: string): SettingFact => ({
  key,
  label,
  type: 'text',
  help,
  default: value,
});

export const SECTIONS: SectionFact[] = [
  {
    // A page of its own (the users list, sandbox/web/areas/console/users-page.js) rather than settings.
    url: 'user_management/users',
    category: 'user_management',
    name: 'Users',
    page: 'users',
    settings: [],
  },
  {
    url: 'environment/web_server',
    category: 'environment',
    name: 'Web Server',
    settings: [
      {
        key: 'ServiceSettings.SiteURL',
        label: 'Site URL:',
        type: 'text',
        help: 'The URL that users will use to access Mattermost. Standard ports, such as 80 and 443, can be omitted, but non-standard ports are required. For example: http://example.com:8065. This setting is required. Mattermost may be hosted at a subpath. For example: http://example.com:8065/company/mattermost. A restart is required before the server will work correctly.',
        default: '',
        placeholder: 'E.g.: "http://example.com:8065"',
      },
      {
        key: 'ServiceSettings.ListenAddress',
        label: 'Listen Address:',
        type: 'text',
        help: 'The address and port to which to bind and listen. Specifying ":8065" will bind to all network interfaces. Specifying "127.0.0.1:8065" will only bind to the network interface having that IP address. If you choose a port of a lower level (called "system ports" or "well-known ports", in the range of 0-1023), you must have permissions to bind to that port. On Linux you can use: "sudo setcap cap_net_bind_service=+ep ./bin/mattermost" to allow Mattermost to bind to well-known ports.',
        default: ':8065',
        placeholder: 'E.g.: ":8065"',
      },
      {
        key: 'ServiceSettings.ConnectionSecurity',
        label: 'Connection Security:',
        type: 'dropdown',
        help: 'None: Mattermost will connect over an unsecure connection. TLS: Encrypts the communication between Mattermost and your server.',
        default: '',
        options: CONNECTION_SECURITY,
      },
      {
        key: 'ServiceSettings.EnableInsecureOutgoingConnections',
        label: 'Enable Insecure Outgoing Connections: ',
        type: 'bool',
        help: 'When true, any outgoing HTTPS requests will accept unverified, self-signed certificates. For example, outgoing webhooks to a server with a self-signed TLS certificate, using any domain, will be allowed. Note that this makes these connections susceptible to man-in-the-middle attacks.',
        default: false,
      },
    ],
  },
  {
    url: 'environment/file_storage',
    category: 'environment',
    name: 'File Storage',
    settings: [
      {
        key: 'FileSettings.MaxFileSize',
        label: 'Maximum File Size:',
        formerLabels: ['Max File Size:'],
        type: 'number',
        help: 'Maximum file size for message attachments in megabytes. Caution: Verify server memory can support your setting choice. Large file sizes increase the risk of server crashes and failed uploads due to network interruptions.',
        default: 100 * MEBIBYTE,
        displayScale: MEBIBYTE,
        placeholder: '50',
      },
    ],
  },
  {
    url: 'environment/rate_limiting',
    category: 'environment',
    name: 'Rate Limiting',
    settings: [
      {
        key: 'RateLimitSettings.Enable',
        label: 'Enable Rate Limiting:',
        type: 'bool',
        help: 'When true, APIs are throttled at rates specified below. Rate limiting prevents server overload from too many requests. This is useful to prevent third-party applications or malicous attacks from impacting your server.',
        default: false,
      },
      {
        key: 'RateLimitSettings.PerSec',
        label: 'Maximum Queries per Second:',
        type: 'number',
        help: 'Throttles API at this number of requests per second.',
        default: 10,
        placeholder: 'E.g.: "10"',
        enabledBy: 'RateLimitSettings.Enable',
      },
      {
        key: 'RateLimitSettings.MaxBurst',
        label: 'Maximum Burst Size:',
        type: 'number',
        help: 'Maximum number of requests allowed beyond the per second query limit.',
        default: 100,
        placeholder: 'E.g.: "100"',
        enabledBy: 'RateLimitSettings.Enable',
      },
      {
        key: 'RateLimitSettings.MemoryStoreSize',
        label: 'Memory Store Size:',
        type: 'number',
        help: 'Maximum number of users sessions connected to the system as determined by "Vary rate limit by remote address" and "Vary rate limit by HTTP header".',
        default: 10000,
        placeholder: 'E.g.: "10000"',
        enabledBy: 'RateLimitSettings.Enable',
      },
      {
        key: 'RateLimitSettings.VaryByRemoteAddr',
        label: 'Vary rate limit by remote address:',
        type: 'bool',
        help: 'When true, rate limit API access by IP address.',
        default: true,
        enabledBy: 'RateLimitSettings.Enable',
      },
      {
        key: 'RateLimitSettings.VaryByUser',
        label: 'Vary rate limit by user:',
        type: 'bool',
        help: 'When true, rate limit API access by user athentication token.',
        default: false,
        enabledBy: 'RateLimitSettings.Enable',
      },
      {
        key: 'RateLimitSettings.VaryByHeader',
        label: 'Vary rate limit by HTTP header:',
        type: 'text',
        help: 'When filled in, vary rate limiting by HTTP header field specified (e.g. when configuring NGINX set to "X-Real-IP", when configuring AmazonELB set to "X-Forwarded-For").',
        default: '',
        placeholder: 'E.g.: "X-Real-IP", "X-Forwarded-For"',
        enabledBy: 'RateLimitSettings.Enable',
        disabledBy: 'RateLimitSettings.VaryByRemoteAddr',
      },
    ],
  },
  {
    url: 'environment/developer',
    category: 'environment',
    name: 'Developer',
    header: 'Developer Settings',
    settings: [
      {
        key: 'ServiceSettings.EnableTesting',
        label: 'Enable Testing Commands:',
        type: 'bool',
        help: 'When true, /test slash command is enabled to load test accounts, data and text formatting. Changing this requires a server restart before taking effect.',
        default: false,
      },
      {
        key: 'ServiceSettings.EnableDeveloper',
        label: 'Enable Developer Mode: ',
        type: 'bool',
        help: 'When true, JavaScript errors are shown in a purple bar at the top of the user interface. Not recommended for use in production. Changing this requires a server restart before taking effect.',
        default: false,
      },
      {
        key: 'ServiceSettings.EnableClientPerformanceDebugging',
        label: 'Enable Client Performance Debugging: ',
        type: 'bool',
        help: 'When true, users can access debugging settings for their account in Settings > Advanced > Performance Debugging to assist in diagnosing performance issues. Changing this requires a server restart before taking effect.',
        default: false,
      },
      {
        key: 'ServiceSettings.AllowedUntrustedInternalConnections',
        label: 'Allow untrusted internal connections to: ',
        type: 'text',
        help: 'A whitelist of local network addresses that can be requested by the Mattermost server on behalf of a client. Care should be used when configuring this setting to prevent unintended access to your local network. See documentation to learn more. Changing this requires a server restart before taking effect.',
        default: '',
        placeholder: 'webhooks.internal.example.com 127.0.0.1 10.0.16.0/28',
      },
    ],
  },
  {
    url: 'site_config/customization',
    category: 'site',
    name: 'Customization',
    settings: [
      {
        key: 'TeamSettings.SiteName',
        label: 'Site Name:',
        type: 'text',
        help: 'Name of service shown in login screens and UI. When not specified, it defaults to "Mattermost".',
        default: 'Mattermost',
        maxLength: 30,
        placeholder: 'E.g.: "Mattermost"',
      },
      {
        key: 'TeamSettings.CustomDescriptionText',
        label: 'Site Description: ',
        type: 'text',
        help: 'Displays as a title above the login form. When not specified, the phrase "Log in" is displayed.',
        default: '',
      },
      {
        key: 'TeamSettings.EnableCustomBrand',
        label: 'Enable Custom Branding: ',
        type: 'bool',
        help: 'Enable custom branding to show an image of your choice, uploaded below, and some help text, written below, on the login page.',
        default: false,
      },
      {
        // BrandImageSetting (customization_spec.js MM-T1207): test id CustomBrandImage, no config path.
        key: 'CustomBrandImage',
        label: 'Custom Brand Image:',
        type: 'image',
        help: 'Customize your user experience by adding a custom image to your login screen. Recommended maximum image size is less than 2 MB.',
        default: '',
        enabledBy: 'TeamSettings.EnableCustomBrand',
      },
      {
        key: 'TeamSettings.CustomBrandText',
        label: 'Custom Brand Text:',
        type: 'text',
        help: 'Text that will appear below your custom brand image on your login screen. Supports Markdown-formatted text. Maximum 500 characters allowed.',
        default: '',
        maxLength: 500,
        enabledBy: 'TeamSettings.EnableCustomBrand',
      },
      link(
        'SupportSettings.HelpLink',
        'Help Link:',
        'The URL for the Help link on the Mattermost login page, sign-up pages, and Help Menu. If this field is empty, the Help link is hidden from users.',
        'https://mattermost.com/pl/help/',
      ),
      link(
        'SupportSettings.TermsOfServiceLink',
        'Terms of Use Link:',
        'Link to the terms under which users may use your online service. By default, this includes the "Mattermost Acceptable Use Policy" explaining the terms under which Mattermost software is provided to end users. If you change the default link to add your own terms for using the service you provide, your new terms must include a link to the default terms so end users are aware of the Mattermost Acceptable Use Policy for Mattermost software.',
        'https://mattermost.com/pl/terms-of-use/',
      ),
      link(
        'SupportSettings.PrivacyPolicyLink',
        'Privacy Policy Link:',
        'The URL for the Privacy link on the login and sign-up pages. If this field is empty, the Privacy link is hidden from users.',
        'https://mattermost.com/pl/privacy-policy/',
      ),
      link(
        'SupportSettings.AboutLink',
        'About Link:',
        'The URL for the About link on the Mattermost login and sign-up pages. If this field is empty, the About link is hidden from users.',
        'https://mattermost.com/pl/about-mattermost',
      ),
      link(
        'SupportSettings.ReportAProblemLink',
        'Report a Problem Link:',
        'The URL for the Report a Problem link in the Help Menu. If this field is empty, the link is removed from the Help Menu.',
        'https://mattermost.com/pl/report-a-bug',
      ),
      link(
        'NativeAppSettings.AppDownloadLink',
        'Mattermost Apps Download Page Link:',
        'Add a link to a download page for the Mattermost apps. When a link is present, an option to "Download Mattermost Apps" will be added in the Product Menu so users can find the download page. Leave this field blank to hide the option from the Product Menu.',
        'https://mattermost.com/pl/download-apps',
      ),
      link(
        'NativeAppSettings.AndroidAppDownloadLink',
        'Android App Download Link:',
        'Add a link to download the Android app. Users who access the site on a mobile web browser will be prompted with a page giving them the option to download the app. Leave this field blank to prevent the page from appearing.',
        'https://mattermost.com/pl/android-app/',
      ),
      link(
        'NativeAppSettings.IosAppDownloadLink',
        'iOS App Download Link:',
        'Add a link to download the iOS app. Users who access the site on a mobile web browser will be prompted with a page giving them the option to download the app. Leave this field blank to prevent the page from appearing.',
        'https://mattermost.com/pl/ios-app/',
      ),
    ],
  },
  {
    url: 'site_config/users_and_teams',
    category: 'site',
    name: 'Users and Teams',
    settings: [
      {
        // Removed in Mattermost 11 (archived channels are always viewable there); the corpus checks it.
        key: 'TeamSettings.ExperimentalViewArchivedChannels',
        label: 'Allow users to view archived channels:',
        formerLabels: ['Allow Users to View Archived Channels (Beta):'],
        type: 'bool',
        // Mattermost's documentation of the setting (Site Configuration > Users and Teams).
        help: 'Allows users to view, share, and search for content of channels that have been archived. Users can only view the content in channels of which they were a member before the channel was archived.',
        default: true,
      },
    ],
  },
  {
    url: 'site_config/notifications',
    category: 'site',
    name: 'Notifications',
    settings: [
      {
        key: 'EmailSettings.SendEmailNotifications',
        label: 'Enable Email Notifications:',
        formerLabels: ['Send Email Notifications:'],
        type: 'bool',
        help: 'Typically set to true in production. When true, Mattermost attempts to send email notifications. Developers may set this field to false to skip email setup for faster development.',
        default: true,
      },
      {
        // The console greys it out while email notifications are on (MM-T1106): the banner only warns without them.
        key: 'EmailSettings.EnablePreviewModeBanner',
        label: 'Enable Preview Mode Banner:',
        type: 'bool',
        help: 'When true, the Preview Mode banner is displayed so users are aware that email notifications are disabled. When false, the Preview Mode banner is not displayed to users.',
        default: true,
        disabledBy: 'EmailSettings.SendEmailNotifications',
      },
    ],
  },
  {
    // Mattermost's PolicySettings page of its time, now the declarative 'site_config/announcement_banner'.
    url: 'site_config/announcement_banner',
    category: 'site',
    name: 'Announcement Banner',
    settings: [
      {
        key: 'AnnouncementSettings.EnableBanner',
        label: 'Enable Announcement Banner:',
        type: 'bool',
        help: 'Enable an announcement banner across all teams.',
        default: false,
      },
      {
        key: 'AnnouncementSettings.BannerText',
        label: 'Banner Text:',
        type: 'text',
        help: 'Text that will appear in the announcement banner.',
        default: '',
        enabledBy: 'AnnouncementSettings.EnableBanner',
      },
      {
        key: 'AnnouncementSettings.BannerColor',
        label: 'Banner Color:',
        type: 'text',
        help: '',
        default: '#f2a93b',
        enabledBy: 'AnnouncementSettings.EnableBanner',
      },
      {
        key: 'AnnouncementSettings.BannerTextColor',
        label: 'Banner Text Color:',
        type: 'text',
        help: '',
        default: '#333333',
        enabledBy: 'AnnouncementSettings.EnableBanner',
      },
      {
        key: 'AnnouncementSettings.AllowBannerDismissal',
        label: 'Allow Banner Dismissal:',
        type: 'bool',
        help: 'When true, users can dismiss the banner until its next update. When false, the banner is permanently visible until it is turned off by the System Admin.',
        default: true,
        enabledBy: 'AnnouncementSettings.EnableBanner',
      },
    ],
  },
  {
    url: 'site_config/emoji',
    category: 'site',
    name: 'Emoji',
    settings: [
      {
        key: 'ServiceSettings.EnableEmojiPicker',
        label: 'Enable Emoji Picker:',
        type: 'bool',
        help: 'The emoji picker allows users to select emoji to add as reactions or use in messages. Enabling the emoji picker with a large number of custom emoji may slow down performance.',
        default: true,
      },
      {
        // True by default since 5.28 (MM-T1137); the help text is the one of the main-menu era the corpus tests.
        key: 'ServiceSettings.EnableCustomEmoji',
        label: 'Enable Custom Emoji:',
        type: 'bool',
        help: 'Enable users to create custom emoji for use in messages. When enabled, Custom Emoji settings can be accessed by switching to a team and clicking the three dots above the channel sidebar, and selecting "Custom Emoji".',
        default: true,
      },
    ],
  },
  {
    url: 'integrations/gif',
    category: 'integrations',
    name: 'GIF (Beta)',
    formerNames: ['GIF'],
    settings: [
      {
        key: 'ServiceSettings.EnableGifPicker',
        label: 'Enable GIF Picker:',
        type: 'bool',
        help: 'The gif picker allows users to select gifs to use in messages.',
        default: true,
      },
    ],
  },
  {
    url: 'experimental/features',
    category: 'experimental',
    name: 'Features',
    settings: [
      {
        // Mattermost 9.3 removed this setting; the corpus (MM-T3404) checks it as the console of its time had it.
        key: 'DisplaySettings.ExperimentalTimezone',
        label: 'Timezone:',
        type: 'bool',
        help: 'Select the timezone used for timestamps in the user interface and email notifications. When true, the Timezone section is visible in the Settings and a time zone is automatically assigned in the next active session. When false, the Timezone setting is hidden in the Settings.',
        default: true,
      },
    ],
  },
];

/** Every setting of the table, with the section it is shown in. */
export function allSettings(): { section: SectionFact; setting: SettingFact }[] {
  return SECTIONS.flatMap((section) => section.settings.map((setting) => ({ section, setting })));
}

/** The setting whose config path is `key`, if the table has it. */
export function settingByKey(key: string): SettingFact | undefined {
  return allSettings().find(({ setting }) => setting.key === key)?.setting;
}
