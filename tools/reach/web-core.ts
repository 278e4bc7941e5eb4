/**
 * The web-core subset of the corpus: cases a browser against a Mattermost server could run. Drawn as in
 * ../shared/reference/capability-map.md §1 ("Method" 1): folder rules first, then per case its environments, its
 * name and whether it has any step. The map counts 1,610 of 3,509 cases; `npm run reach` prints how close this is.
 */

/** Top-level folders that need something other than a browser and a Mattermost server. */
const EXCLUDED_TOP = new Map<string, string>([
  ['plugins', 'plugin'],
  ['mmctl', 'CLI'],
  ['omnibus', 'CLI'],
  ['cloud', 'cloud billing/portal'],
  ['self-hosted', 'cloud billing/portal'],
  ['mobile-v2', 'mobile app'],
  ['mobile-app--native-specific-', 'mobile app'],
  ['desktop-app--native-specific-', 'native desktop'],
  ['notifications-banner', 'native desktop'],
  ['notification-test-tool', 'native desktop/mobile'],
  ['apps-framework', 'apps framework'],
  ['boards', 'boards/playbooks/calls'],
  ['calls', 'boards/playbooks/calls'],
  ['playbooks', 'boards/playbooks/calls'],
  ['easy-login', 'no steps'],
  ['lhs', 'no steps'],
]);

/** Folders below the top level (path prefixes) excluded for the same reasons. */
const EXCLUDED_FOLDERS = new Map<string, string>([
  ['suite/ad-ldap', 'external IdP'],
  ['suite/ldap-group-sync', 'external IdP'],
  ['suite/auth-sso', 'external IdP'],
  ['suite/saml', 'external IdP'],
  ['suite/oauth', 'external IdP'],
  ['suite/apps-bar', 'plugin/apps bar'],
  ['suite/cli', 'CLI'],
  ['suite/emm', 'mobile app'],
  ['suite/cloud-freemium-integrations-limits', 'cloud billing/portal'],
  ['suite/trial-license', 'cloud billing/portal'],
  ['suite/work-templates', 'boards/playbooks/calls'],
  ['channels/mobile-app-settings', 'mobile app'],
  ['channels/channel-info-rn-apps', 'mobile app'],
  ['channels/autocomplete/with-elasticsearch', 'Elasticsearch'],
  ['integrations/zapier', 'external service'],
]);

/** Environments that are not a browser (slugs); "Automated - No manual tests needed" names no target at all. */
const NON_BROWSER_ENVIRONMENTS = new Set(['mobile', 'rn-ios', 'rn-android', 'cli']);
const NATIVE_NAME = /^\s*(?:rn apps|ios|android|desktop app)\b/i;

export interface WebCoreInput {
  /** Path relative to the corpus root, posix ("channels/messaging/MM-T2132.md"). */
  relPath: string;
  name: string;
  environments: readonly string[];
  noSteps: boolean;
}

/** Undefined when the case is web core, else why not ("plugin", "mobile app", "no steps", …). */
export function webCoreExclusion(input: WebCoreInput): string | undefined {
  const folders = input.relPath.split('/').slice(0, -1);
  const top = EXCLUDED_TOP.get(folders[0] ?? '');
  if (top) return top;
  for (let depth = 2; depth <= folders.length; depth++) {
    const reason = EXCLUDED_FOLDERS.get(folders.slice(0, depth).join('/'));
    if (reason) return reason;
  }
  if (onlyNonBrowserEnvironments(input.environments)) {
    return input.environments.some((e) => slugOf(e) === 'cli') ? 'CLI' : 'mobile app';
  }
  if (NATIVE_NAME.test(input.name)) return /^\s*desktop/i.test(input.name) ? 'native desktop' : 'mobile app';
  if (input.noSteps) return 'no steps';
  return undefined;
}

export function isWebCore(input: WebCoreInput): boolean {
  return webCoreExclusion(input) === undefined;
}

function onlyNonBrowserEnvironments(environments: readonly string[]): boolean {
  const targets = environments.map(slugOf).filter((e) => e !== '' && !e.startsWith('automated'));
  return targets.length > 0 && targets.every((e) => NON_BROWSER_ENVIRONMENTS.has(e));
}

function slugOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
