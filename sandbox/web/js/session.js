import { api } from './api.js';

/**
 * Client-side session state, following the Mattermost web app: `was_logged_in` is set by a UI login and
 * survives an unexpected logout, which is how the login page knows a session expired.
 */
const WAS_LOGGED_IN = 'was_logged_in';

export const wasLoggedIn = () => localStorage.getItem(WAS_LOGGED_IN) === 'true';
export const markLoggedIn = () => localStorage.setItem(WAS_LOGGED_IN, 'true');
export const clearWasLoggedIn = () => localStorage.setItem(WAS_LOGGED_IN, 'false');

/** Drops everything the app cached about the user, except the expiry flag. */
export function clearClientState() {
  for (const key of Object.keys(localStorage)) {
    if (key !== WAS_LOGGED_IN) localStorage.removeItem(key);
  }
  sessionStorage.clear();
  for (const name of ['MMUSERID', 'MMCSRF']) {
    // biome-ignore lint/suspicious/noDocumentCookie: the web app drops its script-visible cookies, like Mattermost's clearUserCookie
    document.cookie = `${name}=; Max-Age=0; path=/`;
  }
}

let purging = false;

/** A request got 401: the session is gone. Full reload to the login page, keeping was_logged_in. */
export function forceLogout() {
  if (purging) return;
  purging = true;
  clearClientState();
  const redirectTo = encodeURIComponent(`${window.location.pathname}${window.location.search}`);
  window.location.href = `/login?redirect_to=${redirectTo}`;
}

/** A deliberate Log Out: no "session expired" notice afterwards. */
export async function logOut() {
  purging = true;
  try {
    await api('POST', '/users/logout');
  } finally {
    clearWasLoggedIn();
    clearClientState();
    window.location.href = '/login';
  }
}
