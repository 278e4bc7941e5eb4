import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Channel } from '@mattermost/types/channels';
import type { Post } from '@mattermost/types/posts';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';
import { tinyPng } from '../../../testing/images';

// Uploads, attachments and downloads as the web app makes them with Client4.
describe('files with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let user1: Client4;
  let user2: Client4;
  let shared: Channel;
  let secret: Channel;

  before(async () => {
    sandbox = await startTestSandbox();
    [user1, user2] = await Promise.all([
      loggedInClient(sandbox.url, ACCOUNTS.user1),
      loggedInClient(sandbox.url, ACCOUNTS.user2),
    ]);
    const [team] = await user1.getMyTeams();
    shared = await user1.getChannelByName(team.id, 'town-square');
    secret = await user1.createChannel({
      team_id: team.id,
      name: 'files-secret',
      display_name: 'Files secret',
      type: 'P',
    } as Channel);
  });
  after(() => sandbox.close());

  const upload = (client: Client4, channel: Channel, name: string, bytes: Uint8Array, clientId = 'c1') => {
    const form = new FormData();
    form.append('channel_id', channel.id);
    form.append('client_ids', clientId);
    form.append('files', new File([new Uint8Array(bytes)], name));
    return client.uploadFile(form);
  };
  const bytesOf = async (client: Client4, path: string) => {
    const response = await fetch(`${sandbox.url}/api/v4${path}`, {
      headers: { Authorization: `Bearer ${client.getToken()}` },
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('answers a FileUploadResponse: name, extension, size, MIME type, image size, the client id', async () => {
    const png = tinyPng(3, 2);
    const answer = await upload(user1, shared, 'My Picture.PNG', png, 'client-a');
    assert.deepEqual(answer.client_ids, ['client-a']);
    const [info] = answer.file_infos;
    assert.equal(info.name, 'My Picture.PNG');
    assert.equal(info.extension, 'png');
    assert.equal(info.mime_type, 'image/png');
    assert.equal(info.size, png.length);
    assert.deepEqual([info.width, info.height, info.has_preview_image], [3, 2, true]);
    assert.equal(info.channel_id, shared.id);
    const empty = (await upload(user1, shared, 'empty.txt', new Uint8Array())).file_infos[0];
    assert.deepEqual([empty.size, empty.mime_type, empty.has_preview_image], [0, 'text/plain', false]);
  });

  it('posts files with a message or alone, lists them per post and serves the bytes', async () => {
    const png = tinyPng(4, 4);
    const [image] = (await upload(user1, shared, 'photo.png', png)).file_infos;
    const [text] = (await upload(user1, shared, 'notes with space.txt', Buffer.from('hello'))).file_infos;
    const post = await user1.createPost({
      channel_id: shared.id,
      message: '',
      file_ids: [image.id, text.id],
    } as Post);
    assert.deepEqual(post.file_ids, [image.id, text.id]);
    const listed = await user2.getFileInfosForPost(post.id);
    assert.deepEqual(
      listed.map((file) => [file.name, file.post_id]),
      [
        ['photo.png', post.id],
        ['notes with space.txt', post.id],
      ],
    );
    const inline = await bytesOf(user2, `/files/${image.id}`);
    assert.deepEqual(inline.bytes, Buffer.from(png));
    assert.match(inline.response.headers.get('content-disposition') ?? '', /^inline;filename="photo.png"/);
    const download = await bytesOf(user2, `/files/${image.id}?download=1`);
    assert.match(download.response.headers.get('content-disposition') ?? '', /^attachment;/);
    const textFile = await bytesOf(user2, `/files/${text.id}`);
    assert.match(textFile.response.headers.get('content-disposition') ?? '', /^attachment;/);
    assert.equal((await bytesOf(user2, `/files/${image.id}/preview`)).response.status, 200);
    assert.equal((await bytesOf(user2, `/files/${text.id}/thumbnail`)).response.status, 400);
    assert.equal(JSON.parse((await bytesOf(user2, `/files/${text.id}/info`)).bytes.toString()).size, 5);
  });

  it('refuses a blank post without files, and drops file ids of someone else or already posted', async () => {
    const blank = await clientError(() => user1.createPost({ channel_id: shared.id, message: ' ' } as Post));
    assert.equal(blank.status_code, 400);
    const [theirs] = (await upload(user2, shared, 'theirs.txt', Buffer.from('x'))).file_infos;
    const [mine] = (await upload(user1, shared, 'mine.txt', Buffer.from('y'))).file_infos;
    const post = await user1.createPost({
      channel_id: shared.id,
      message: 'two files?',
      file_ids: [theirs.id, mine.id],
    } as Post);
    assert.deepEqual(post.file_ids, [mine.id]);
    const again = await user1.createPost({
      channel_id: shared.id,
      message: 'again',
      file_ids: [mine.id],
    } as Post);
    assert.deepEqual(again.file_ids, []);
  });

  it('keeps files to their channel: a non-member can neither upload there nor read a posted file (403)', async () => {
    const refused = await clientError(() => upload(user2, secret, 'x.txt', Buffer.from('x')));
    assert.equal(refused.status_code, 403);
    const [file] = (await upload(user1, secret, 'secret.txt', Buffer.from('s'))).file_infos;
    assert.equal((await bytesOf(user2, `/files/${file.id}`)).response.status, 403);
    await user1.createPost({ channel_id: secret.id, message: 'secret', file_ids: [file.id] } as Post);
    assert.equal((await bytesOf(user2, `/files/${file.id}`)).response.status, 403);
    assert.equal((await bytesOf(user2, `/files/${file.id}/info`)).response.status, 403);
  });

  it('asks for the CSRF token when the upload comes with the session cookie', async () => {
    const login = await fetch(`${sandbox.url}/api/v4/users/login`, {
      method: 'POST',
      body: JSON.stringify({ login_id: ACCOUNTS.user1.username, password: ACCOUNTS.user1.password }),
    });
    const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
    const form = new FormData();
    form.append('channel_id', shared.id);
    form.append('files', new File(['x'], 'x.txt'));
    const response = await fetch(`${sandbox.url}/api/v4/files`, {
      method: 'POST',
      headers: { Cookie: cookies.join('; '), 'X-Requested-With': 'XMLHttpRequest' },
      body: form,
    });
    assert.equal(response.status, 401);
  });
});
