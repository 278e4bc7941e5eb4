import type { LoadAccount } from './load-seed';
import { newPhase, type PhaseResult, timed } from './stats';

interface Post {
  id: string;
  channel_id: string;
  message: string;
}

/** Minimal JSON-over-HTTP client with Bearer auth; non-2xx answers become errors. */
async function call<T>(
  url: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ data: T; headers: Headers }> {
  const response = await fetch(`${url}/api/v4${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${data.id ?? ''}`);
  return { data: data as T, headers: response.headers };
}

/** `count` logins at once, spread over the accounts; resolves to the session tokens. */
export async function runLogins(
  url: string,
  accounts: LoadAccount[],
  count: number,
): Promise<{ phase: PhaseResult; tokens: string[] }> {
  const phase = newPhase('logins');
  phase.count = count;
  const start = performance.now();
  const tokens = await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const account = accounts[index % accounts.length];
      return timed(phase, async () => {
        const { headers } = await call(url, 'POST', '/users/login', undefined, {
          login_id: account.username,
          password: account.password,
        });
        return headers.get('Token') ?? '';
      });
    }),
  );
  phase.wallMs = performance.now() - start;
  return { phase, tokens: tokens.filter((token): token is string => !!token) };
}

/** Each client posts its share one after another; the clients run concurrently over the channels. */
export async function runPosts(
  url: string,
  tokens: string[],
  channelIds: string[],
  total: number,
): Promise<{ phase: PhaseResult; sent: Post[] }> {
  const phase = newPhase('posts');
  phase.count = total;
  const sent: Post[] = [];
  const start = performance.now();
  await Promise.all(
    tokens.map(async (token, client) => {
      for (let n = client; n < total; n += tokens.length) {
        const body = {
          channel_id: channelIds[n % channelIds.length],
          message: `load post ${n} from client ${client}`,
        };
        const post = await timed(
          phase,
          async () => (await call<Post>(url, 'POST', '/posts', token, body)).data,
        );
        if (post) sent.push(post);
      }
    }),
  );
  phase.wallMs = performance.now() - start;
  return { phase, sent };
}

/** Reads every channel back page by page; returns the sent posts that are missing or altered. */
export async function findLostPosts(
  url: string,
  token: string,
  channelIds: string[],
  sent: Post[],
): Promise<Post[]> {
  const stored = new Map<string, Post>();
  for (const channelId of channelIds) {
    for (let page = 0; ; page++) {
      const { data } = await call<{ order: string[]; posts: Record<string, Post> }>(
        url,
        'GET',
        `/channels/${channelId}/posts?page=${page}&per_page=200`,
        token,
      );
      for (const id of data.order) stored.set(id, data.posts[id]);
      if (data.order.length < 200) break;
    }
  }
  return sent.filter(
    (post) =>
      stored.get(post.id)?.message !== post.message || stored.get(post.id)?.channel_id !== post.channel_id,
  );
}

export async function channelIdsOf(
  url: string,
  token: string,
  teamName: string,
  names: string[],
): Promise<string[]> {
  return Promise.all(
    names.map(
      async (name) =>
        (await call<{ id: string }>(url, 'GET', `/teams/name/${teamName}/channels/name/${name}`, token)).data
          .id,
    ),
  );
}
