import type { BrowserSession } from './session';
import type { CasebookWorld } from './world';

/**
 * How to bring a fresh session into the app. Manual cases assume a tester who is already logged in unless a
 * step says otherwise; the domain steps register how that is done for the app under test (Mattermost: log in
 * as the default user through the login page).
 */
export type AppOpener = (world: CasebookWorld, session: BrowserSession) => Promise<void>;

let registered: AppOpener | undefined;

export function setAppOpener(opener: AppOpener): void {
  registered = opener;
}

export function appOpener(): AppOpener | undefined {
  return registered;
}
