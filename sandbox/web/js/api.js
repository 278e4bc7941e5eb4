/** The REST client of the web app: cookie auth like the Mattermost web app (X-Requested-With, X-CSRF-Token). */

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `Request failed with status ${status}`);
    this.status = status;
    this.id = body?.id;
  }
}

let unauthorizedHandler = null;

/** Called on any 401 outside the login call: Mattermost's forceLogoutIfNecessary. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

function readCookie(name) {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : '';
}

export function currentUserIdFromCookie() {
  return readCookie('MMUSERID');
}

export async function api(method, path, body) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest' };
  const csrf = readCookie('MMCSRF');
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  // A FormData body (a file upload) goes as multipart, with the boundary the browser picks.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/v4${path}`, {
    method,
    headers,
    body: body === undefined || form ? body : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const isJson = (response.headers.get('Content-Type') || '').startsWith('application/json');
  const data = isJson ? await response.json() : null;
  if (!response.ok) {
    // A wrong password typed to confirm a change (the Email section) is a 401 too, but the session is fine.
    const sessionEnded = data?.id !== 'api.user.check_user_password.invalid.app_error';
    if (response.status === 401 && sessionEnded && unauthorizedHandler && !path.startsWith('/users/login')) {
      unauthorizedHandler();
    }
    throw new ApiError(response.status, data);
  }
  return data;
}

export function getClientConfig() {
  return api('GET', '/config/client?format=old');
}
