import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

describe('teams with Client4: create, patch, members, leave, roles, archive', { timeout: 60_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let user2: Client4;
  let user1Id: string;
  let user2Id: string;

  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    user2 = await loggedInClient(sandbox.url, ACCOUNTS.user2);
    user1Id = (await user1.getMe()).id;
    user2Id = (await user2.getMe()).id;
  });
  after(() => sandbox.close());

  const newTeam = (client: Client4, name: string) =>
    client.createTeam({ name, display_name: `Team ${name}`, type: 'O' } as never);

  it('makes the creator team admin of a team with Town Square and Off-Topic, invite-only', async () => {
    const team = await newTeam(user1, 'created-one');
    assert.equal(team.allow_open_invite, false);
    assert.deepEqual((await user1.getMyTeams()).map((t) => t.name).sort(), ['casebook', 'created-one']);
    const member = await user1.getTeamMember(team.id, user1Id);
    assert.equal(member.roles, 'team_user team_admin');
    const channels = (await user1.getMyChannels(team.id)).filter((c) => c.team_id === team.id);
    assert.deepEqual(channels.map((c) => c.name).sort(), ['off-topic', 'town-square']);
    const taken = await clientError(() => newTeam(user2, 'created-one'));
    assert.equal(taken.status_code, 400);
    const reserved = await clientError(() => newTeam(user2, 'login-team'));
    assert.equal(reserved.server_error_id, 'model.team.is_valid.reserved.app_error');
  });

  it('lets only a team or system admin patch a team (Team Settings) and add members', async () => {
    const team = await newTeam(user1, 'patched');
    const patched = await user1.patchTeam({
      id: team.id,
      display_name: 'Renamed',
      description: 'About us',
      allow_open_invite: true,
      allowed_domains: 'example.com',
    } as never);
    assert.equal(patched.display_name, 'Renamed');
    assert.equal(patched.description, 'About us');
    assert.equal(patched.allow_open_invite, true);
    assert.equal(patched.allowed_domains, 'example.com');
    // Not a member yet: the team is hidden (403); a member who is not team admin may not patch either.
    assert.equal(
      (await clientError(() => user2.patchTeam({ id: team.id, description: 'x' } as never))).status_code,
      403,
    );
    await user2.addToTeam(team.id, user2Id); // open team: one may join oneself
    assert.equal(
      (await clientError(() => user2.patchTeam({ id: team.id, description: 'x' } as never))).status_code,
      403,
    );
    assert.ok(((await user2.getTeams()) as { id: string }[]).some((t) => t.id === team.id));
    await admin.patchTeam({ id: team.id, allow_open_invite: false } as never);
    const closed = await newTeam(admin, 'closed');
    assert.equal((await clientError(() => user2.addToTeam(closed.id, user2Id))).status_code, 403);
    await admin.addToTeam(closed.id, user2Id);
    assert.ok((await user2.getMyTeams()).some((t) => t.id === closed.id));
  });

  it('regenerates the invite id (Team Settings > Invite Code) for team admins only', async () => {
    const team = await newTeam(user1, 'invited');
    assert.match(team.invite_id, /^[a-z0-9]{26}$/);
    const regenerated = await user1.regenerateTeamInviteId(team.id);
    assert.match(regenerated.invite_id, /^[a-z0-9]{26}$/);
    assert.notEqual(regenerated.invite_id, team.invite_id);
    await admin.addToTeam(team.id, user2Id);
    const refused = await clientError(() => user2.regenerateTeamInviteId(team.id));
    assert.equal(refused.status_code, 403);
  });

  it('lets a member leave, removes them from its channels, and only admins remove others', async () => {
    const team = await newTeam(admin, 'leavable');
    await admin.addToTeam(team.id, user1Id);
    await admin.addToTeam(team.id, user2Id);
    assert.equal((await clientError(() => user1.removeFromTeam(team.id, user2Id))).status_code, 403);
    await user1.removeFromTeam(team.id, user1Id);
    assert.ok(!(await user1.getMyTeams()).some((t) => t.id === team.id));
    const town = await admin.getChannelByName(team.id, 'town-square');
    assert.ok(!(await admin.getProfilesInChannel(town.id)).some((u) => u.id === user1Id));
    await admin.updateTeamMemberRoles(team.id, user2Id, ['team_user', 'team_admin']);
    await admin.addToTeam(team.id, user1Id);
    await user2.removeFromTeam(team.id, user1Id);
    assert.deepEqual(
      (await admin.getTeamMembers(team.id)).map((m) => m.user_id).sort(),
      [user2Id, (await admin.getMe()).id].sort(),
    );
  });

  it('archives a team for its admins only, and it leaves the members lists', async () => {
    const team = await newTeam(admin, 'archived');
    await admin.addToTeam(team.id, user1Id);
    assert.equal((await clientError(() => user1.deleteTeam(team.id))).status_code, 403);
    await admin.deleteTeam(team.id);
    assert.ok(!(await user1.getMyTeams()).some((t) => t.id === team.id));
    assert.equal((await clientError(() => user1.getTeam(team.id))).status_code, 404);
  });
});
