import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadSeed, SeedError } from './load';

const SEED_DIR = path.resolve(__dirname, '../../seed');
const dir = mkdtempSync(path.join(tmpdir(), 'seed-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const user = (username: string) => ({ username, password: 'Passw0rd-x', email: `${username}@example.com` });
function seedFile(content: unknown): string {
  const file = path.join(dir, `seed-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
const team = (members: string[], channels: unknown[]) => ({
  name: 'qa',
  display_name: 'QA',
  members,
  channels,
});

describe('loadSeed', () => {
  for (const name of ['default.json', 'test.json']) {
    it(`accepts the shipped ${name} with the accounts the suite expects`, () => {
      const seed = loadSeed(path.join(SEED_DIR, name));
      const byName = new Map(seed.users.map((entry) => [entry.username, entry]));
      assert.equal(byName.get('sysadmin')?.password, 'Sys@dmin-sample1');
      assert.equal(byName.get('sysadmin')?.roles, 'system_admin system_user');
      assert.equal(byName.get('user-1')?.email, 'user-1@sample.mattermost.com');
      assert.equal(byName.get('user-2')?.password, 'SampleUs@r-2');
      const casebook = seed.teams.find((entry) => entry.name === 'casebook');
      assert.equal(casebook?.display_name, 'Casebook QA');
      const channels = casebook?.channels.map((channel) => `${channel.name}:${channel.type}`);
      assert.deepEqual(channels?.slice(0, 2), ['town-square:O', 'off-topic:O']);
      assert.ok(casebook?.channels.some((channel) => channel.type === 'P'));
    });
  }

  const failures: Array<[string, unknown, RegExp]> = [
    ['broken JSON', '{"users": [', /not valid JSON/],
    ['a missing field', { users: [{ username: 'abc' }], teams: [] }, /users\[0\]\.password/],
    [
      'an unknown key',
      { users: [user('abc')], teams: [team(['abc'], [{ name: 'a', display_name: 'A', colour: 1 }])] },
      /channels\[0\].*colour/,
    ],
    [
      'an unknown team member',
      { users: [user('abc')], teams: [team(['zed'], [{ name: 'a', display_name: 'A' }])] },
      /teams\[0\]\.members\[0\]: unknown user "zed"/,
    ],
    [
      'a private channel without members',
      { users: [user('abc')], teams: [team(['abc'], [{ name: 'p', display_name: 'P', type: 'P' }])] },
      /teams\[0\]\.channels\[0\]\.members: a private channel must list its members/,
    ],
    [
      'a post by a non-member',
      {
        users: [user('abc'), user('bcd')],
        teams: [team(['abc'], [{ name: 'a', display_name: 'A', posts: [{ user: 'bcd', message: 'hi' }] }])],
      },
      /channels\[0\]\.posts\[0\]\.user/,
    ],
  ];
  for (const [what, content, message] of failures) {
    it(`rejects ${what}, naming the file and the field`, () => {
      const file = seedFile(content);
      assert.throws(
        () => loadSeed(file),
        (error: Error) =>
          error instanceof SeedError && error.message.includes(file) && message.test(error.message),
      );
    });
  }
});
