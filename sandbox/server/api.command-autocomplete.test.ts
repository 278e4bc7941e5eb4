import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import { ACCOUNTS, clientError, loggedInClient, startTestSandbox } from '../testing/fixtures';

describe('slash-command autocomplete (GET /teams/{id}/commands/autocomplete[_suggestions]) with Client4', () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let admin: Client4;
  let user1: Client4;
  let teamId: string;
  let channelId: string;
  const args = () => ({ channel_id: channelId, team_id: teamId });

  before(async () => {
    sandbox = await startTestSandbox();
    admin = await loggedInClient(sandbox.url, ACCOUNTS.admin);
    user1 = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    [{ id: teamId }] = await user1.getMyTeams();
    channelId = (await user1.getChannelByName(teamId, 'town-square')).id;
  });
  after(() => sandbox.close());

  it('suggests the triggers starting with what was typed, with hint and description', async () => {
    const found = await user1.getCommandAutocompleteSuggestionsList('/ren', teamId, args());
    assert.deepEqual(found, [
      {
        Complete: 'rename',
        Suggestion: 'rename',
        Hint: '[text]',
        Description: 'Rename the channel',
        IconData: '',
      },
    ]);
    const many = await user1.getCommandAutocompleteSuggestionsList('/', teamId, args());
    assert.ok(many.length > 10);
    assert.deepEqual(
      many.map((item) => item.Suggestion),
      [...many.map((item) => item.Suggestion)].sort(),
    );
  });

  it('keeps the text argument hint after "/rename ", and nothing for an unknown command', async () => {
    const after = await user1.getCommandAutocompleteSuggestionsList('/rename ', teamId, args());
    assert.deepEqual(after, [
      { Complete: 'rename ', Suggestion: '', Hint: '[text]', Description: '[text]', IconData: '' },
    ]);
    assert.deepEqual(await user1.getCommandAutocompleteSuggestionsList('/notacommand ', teamId, args()), []);
  });

  it("lists the team's custom commands with autocomplete on beside the built-ins", async () => {
    await admin.addCommand({
      team_id: teamId,
      trigger: 'casebook-tip',
      url: 'http://127.0.0.1:9/hook',
      method: 'P',
      auto_complete: true,
      auto_complete_hint: '[what]',
      auto_complete_desc: 'A test command',
    } as never);
    const listed = await user1.getAutocompleteCommandsList(teamId);
    const triggers = listed.map((command) => command.trigger);
    assert.ok(triggers.includes('rename') && triggers.includes('casebook-tip'));
    const found = await user1.getCommandAutocompleteSuggestionsList('/casebook', teamId, args());
    assert.equal(found[0]?.Hint, '[what]');
  });

  it('refuses a user who is not a member of the team (403)', async () => {
    const team = await admin.createTeam({
      name: 'tips-elsewhere',
      display_name: 'Elsewhere',
      type: 'I',
    } as never);
    const error = await clientError(() =>
      user1.getCommandAutocompleteSuggestionsList('/re', team.id, args()),
    );
    assert.equal(error.status_code, 403);
  });
});
