import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNTS, type Account, startTestSandbox } from '../testing/fixtures';

// Raw HTTP: headers, cookies, CSRF and error bodies exactly as a browser or curl sees them.
describe('REST API over raw HTTP', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  const api = (path: string, init: RequestInit = {}) => fetch(`${sandbox.url}/api/v4${path}`, init);
  const json = { 'Content-Type': 'application/json' };

  async function cookieLogin(account: Account = ACCOUNTS.user1) {
    const response = await api('/users/login', {
      method: 'POST',
      headers: {
        ...json,
        'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36',
      },
      body: JSON.stringify({ login_id: account.username, password: account.password }),
    });
    const cookies = Object.fromEntries(
      response.headers.getSetCookie().map((line) => {
        const [pair] = line.split(';');
        const [name, value] = pair.split('=');
        return [name, value];
      }),
    );
    return { response, cookies, cookie: `MMAUTHTOKEN=${cookies.MMAUTHTOKEN}; MMCSRF=${cookies.MMCSRF}` };
  }

  async function assertAppError(response: Response, status: number, id?: string) {
    assert.equal(response.status, status);
    assert.equal(response.headers.get('content-type'), 'application/json');
    const body = await response.json();
    assert.deepEqual(Object.keys(body).sort(), [
      'detailed_error',
      'id',
      'message',
      'request_id',
      'status_code',
    ]);
    assert.equal(body.status_code, status);
    if (id) assert.equal(body.id, id);
    assert.doesNotMatch(JSON.stringify(body), /\n\s+at |node_modules|\.ts:\d+/, 'no stack trace');
    return body;
  }

  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.close());

  it('login sets the Token header and the three Mattermost cookies', async () => {
    const { response, cookies } = await cookieLogin();
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('token'), cookies.MMAUTHTOKEN);
    assert.match(response.headers.get('x-version-id') ?? '', /^\d+\.\d+\.\d+\./);
    const lines = response.headers.getSetCookie();
    const line = (name: string) => lines.find((entry) => entry.startsWith(`${name}=`)) ?? '';
    assert.match(line('MMAUTHTOKEN'), /HttpOnly/);
    assert.doesNotMatch(line('MMUSERID'), /HttpOnly/);
    assert.doesNotMatch(line('MMCSRF'), /HttpOnly/);
    for (const name of ['MMAUTHTOKEN', 'MMUSERID', 'MMCSRF'])
      assert.match(line(name), /Path=\/.*SameSite=Lax/);
    assert.equal(cookies.MMUSERID, (await response.json()).id);
  });

  it('records platform, OS and browser from the User-Agent', async () => {
    const { cookie, cookies } = await cookieLogin(ACCOUNTS.user2);
    const sessions = await (
      await api(`/users/${cookies.MMUSERID}/sessions`, { headers: { Cookie: cookie } })
    ).json();
    assert.deepEqual(sessions[0].props, { platform: 'Linux', os: 'Linux', browser: 'Chrome/120.0' });
  });

  it('cookie-authenticated writes need the X-CSRF-Token header; reads and Bearer writes do not', async () => {
    const { cookie, cookies } = await cookieLogin();
    assert.equal((await api('/users/me', { headers: { Cookie: cookie } })).status, 200);
    const statusBody = JSON.stringify([cookies.MMUSERID]);
    const withoutCsrf = await api('/users/status/ids', {
      method: 'POST',
      headers: { ...json, Cookie: cookie },
      body: statusBody,
    });
    const body = await assertAppError(withoutCsrf, 401, 'api.context.session_expired.app_error');
    assert.match(body.detailed_error, /CSRF/);
    const wrongCsrf = await api('/users/status/ids', {
      method: 'POST',
      headers: { ...json, Cookie: cookie, 'X-CSRF-Token': 'wrong' },
      body: statusBody,
    });
    assert.equal(wrongCsrf.status, 401);
    const withCsrf = await api('/users/status/ids', {
      method: 'POST',
      headers: { ...json, Cookie: cookie, 'X-CSRF-Token': cookies.MMCSRF },
      body: statusBody,
    });
    assert.equal(withCsrf.status, 200);
    const bearer = await api('/users/status/ids', {
      method: 'POST',
      headers: { ...json, Authorization: `Bearer ${cookies.MMAUTHTOKEN}` },
      body: statusBody,
    });
    assert.equal(bearer.status, 200);
  });

  it('a revoked cookie session gets 401 and its cookies are cleared', async () => {
    const { cookie, cookies } = await cookieLogin();
    const logout = await api('/users/logout', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRF-Token': cookies.MMCSRF },
    });
    assert.deepEqual(await logout.json(), { status: 'OK' });
    assert.ok(
      logout.headers.getSetCookie().some((line) => /^MMAUTHTOKEN=;.*Expires=Thu, 01 Jan 1970/.test(line)),
    );
    const after = await api('/users/me', { headers: { Cookie: cookie } });
    await assertAppError(after, 401, 'api.context.session_expired.app_error');
    assert.ok(after.headers.getSetCookie().some((line) => line.startsWith('MMAUTHTOKEN=;')));
  });

  it('answers bad input with 400s that name the field', async () => {
    const { cookies } = await cookieLogin();
    const auth = { ...json, Authorization: `Bearer ${cookies.MMAUTHTOKEN}` };
    const brokenJson = await api('/users/me/patch', {
      method: 'PUT',
      headers: auth,
      body: '{"notify_props": ',
    });
    assert.match((await assertAppError(brokenJson, 400)).message, /body/);
    const wrongType = await api('/users/me/patch', {
      method: 'PUT',
      headers: auth,
      body: '{"notify_props": {"desktop": 3}}',
    });
    assert.match(
      (await assertAppError(wrongType, 400, 'api.context.invalid_body_param.app_error')).message,
      /notify_props\.desktop/,
    );
    const badId = await api('/users/not-an-id/sessions', { headers: auth });
    assert.match(
      (await assertAppError(badId, 400, 'api.context.invalid_url_param.app_error')).message,
      /user_id/,
    );
    const noBody = await api('/users/me/sessions/revoke', { method: 'POST', headers: auth });
    assert.match((await assertAppError(noBody, 400)).message, /session_id|body/);
    const noLogin = await api('/users/login', { method: 'POST', headers: json, body: '{"password":"x"}' });
    assert.match((await assertAppError(noLogin, 400)).message, /login_id/);
  });

  it('answers unknown routes, missing sessions and the new config format like Mattermost', async () => {
    await assertAppError(await api('/no/such/route'), 404, 'api.context.404.app_error');
    await assertAppError(await api('/users/me'), 401, 'api.context.session_expired.app_error');
    await assertAppError(await api('/users/me', { headers: { Authorization: 'Bearer nonsense' } }), 401);
    await assertAppError(await api('/config/client'), 501, 'api.config.client.old_format.app_error');
    await assertAppError(await api('/config/client?format=new'), 400);
  });

  it('serves the pages of the web app and redirects / to the login page', async () => {
    const root = await fetch(`${sandbox.url}/`, { redirect: 'manual' });
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/login');
    const { cookie } = await cookieLogin();
    const home = await fetch(`${sandbox.url}/`, { redirect: 'manual', headers: { Cookie: cookie } });
    assert.equal(home.headers.get('location'), '/casebook/channels/town-square');
    const channel = await fetch(`${sandbox.url}/casebook/channels/town-square`);
    assert.match(await channel.text(), /id="channel_view"/);
    assert.equal((await fetch(`${sandbox.url}/static/js/login.js`)).status, 200);
    await assertAppError(await fetch(`${sandbox.url}/favicon.ico`), 404);
  });
});
