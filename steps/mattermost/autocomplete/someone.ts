import { randomBytes } from 'node:crypto';
import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { apiGet } from '../api';
import { scenarioChannel } from '../fixtures';
import { asUser } from '../other-user';

/** A person the lines call "someone": every field the @-mention autocomplete may be typed by. */
export interface Person {
  id: string;
  username: string;
  first_name: string;
  last_name: string;
  nickname: string;
  email: string;
}

const made = new WeakMap<CasebookWorld, Promise<Person>>();

/** Six letters no other scenario's person shares (a-p from random bytes), so a typed prefix finds only them. */
function letters(): string {
  return [...randomBytes(3).toString('hex')]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}

/**
 * "Someone" of a line: a user of the scenario's own with a username, first and last name, nickname and an email
 * that differ from each other, made by the admin over REST (Client4 createUser), added to the default user's team
 * and the scenario's channel, and deactivated after the scenario.
 */
export function someone(world: CasebookWorld): Promise<Person> {
  let person = made.get(world);
  if (!person) {
    person = makePerson(world);
    made.set(world, person);
  }
  return person;
}

async function makePerson(world: CasebookWorld): Promise<Person> {
  await world.appPage();
  const channel = await scenarioChannel(world, await world.session());
  const tag = letters();
  const fields = {
    username: `qz-${tag}`,
    first_name: `Ada${tag}`,
    last_name: `Byron${tag}`,
    nickname: `Countess${tag}`,
    email: `mail-${tag}@casebook.example.com`,
  };
  const admin = world.credentials('admin');
  const baseUrl = requireBaseUrl(world.config);
  const person = await asUser(baseUrl, admin, async (client) => {
    const user = await client.send<{ id: string }>('POST', '/api/v4/users', {
      ...fields,
      password: `Cb-${randomBytes(9).toString('base64url')}`,
    });
    await client.send('POST', `/api/v4/teams/${channel.team_id}/members`, {
      team_id: channel.team_id,
      user_id: user.id,
    });
    await client.send('POST', `/api/v4/channels/${channel.id}/members`, { user_id: user.id });
    return { id: user.id, ...fields };
  });
  world.onCleanup(() =>
    asUser(baseUrl, admin, (client) =>
      client.send('PUT', `/api/v4/users/${person.id}/active`, { active: false }),
    ),
  );
  world.remember('user', { label: person.username, id: person.id, details: { fixture: 'someone' } });
  return person;
}

/** The signed-in user of the current session, with the fields the autocomplete shows. */
export async function currentUser(world: CasebookWorld): Promise<Person> {
  const page = await world.appPage();
  return apiGet<Person>(page.context(), '/api/v4/users/me');
}
