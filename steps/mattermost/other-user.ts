import type { APIRequestContext, APIResponse } from 'playwright';
import type { Credentials } from '../../support/config';

interface Named {
  id: string;
  name: string;
}

/** A REST client logged in as one user, with a session of its own (as that user's own app would have). */
export interface UserClient {
  get<T>(path: string): Promise<T>;
  send<T = unknown>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/** Logs `user` in through the REST API, runs `use`, then logs out and disposes of the client. */
export async function asUser<T>(
  baseUrl: string,
  user: Credentials,
  use: (client: UserClient) => Promise<T>,
): Promise<T> {
  // Loaded here, not at the top: cucumber's coordinator process loads the steps only to match them.
  const { request } = await import('playwright');
  const api = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  try {
    const login = await api.post('/api/v4/users/login', {
      data: { login_id: user.username, password: user.password },
    });
    if (!login.ok()) throw new Error(`${user.username} could not log in: ${await login.text()}`);
    const headers = { Authorization: `Bearer ${login.headers().token}` };
    const result = await use(clientOf(api, headers));
    await api.post('/api/v4/users/logout', { headers });
    return result;
  } finally {
    await api.dispose();
  }
}

function clientOf(api: APIRequestContext, headers: Record<string, string>): UserClient {
  const checked = async (response: APIResponse, path: string) => {
    if (!response.ok()) throw new Error(`${path} answered ${response.status()}: ${await response.text()}`);
    return response;
  };
  return {
    get: async <T>(path: string) =>
      (await (await checked(await api.get(path, { headers }), path)).json()) as T,
    send: async <T>(method: string, path: string, body?: unknown) =>
      (await (await checked(await api.fetch(path, { method, headers, data: body }), path)).json()) as T,
  };
}

/** Posts `message` as `user` in channel `channelName` of the first team of that user. */
export function postAs(
  baseUrl: string,
  user: Credentials,
  channelName: string,
  message: string,
): Promise<void> {
  return asUser(baseUrl, user, async (client) => {
    const [team] = await client.get<Named[]>('/api/v4/users/me/teams');
    const channel = await client.get<Named>(`/api/v4/teams/${team.id}/channels/name/${channelName}`);
    await client.send('POST', '/api/v4/posts', { channel_id: channel.id, message });
  });
}
