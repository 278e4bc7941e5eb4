import type { Credentials } from '../../support/config';

interface Named {
  id: string;
  name: string;
}

/**
 * Posts as another user through the REST API (as that user's own client would), in channel `channelName` of the
 * first team both are in. Uses a session of its own, closed afterwards.
 */
export async function postAs(
  baseUrl: string,
  user: Credentials,
  channelName: string,
  message: string,
): Promise<void> {
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
    const auth = { Authorization: `Bearer ${login.headers().token}` };
    const get = async <T>(path: string) => (await (await api.get(path, { headers: auth })).json()) as T;
    const [team] = await get<Named[]>('/api/v4/users/me/teams');
    const channel = await get<Named>(`/api/v4/teams/${team.id}/channels/name/${channelName}`);
    const posted = await api.post('/api/v4/posts', {
      headers: auth,
      data: { channel_id: channel.id, message },
    });
    if (!posted.ok())
      throw new Error(`${user.username} could not post in ${channelName}: ${await posted.text()}`);
    await api.post('/api/v4/users/logout', { headers: auth });
  } finally {
    await api.dispose();
  }
}
