import { Before } from '@cucumber/cucumber';
import type { Credentials } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser, type UserClient } from '../other-user';

interface Membership {
  channel_id: string;
  msg_count: number;
  mention_count: number;
}

/**
 * What a user has read is theirs, not the scenario's: a mention or a DM left unread by one scenario would show
 * as a badge in the next one's sidebar. After each scenario the test users have read every channel again.
 */
Before(async function (this: CasebookWorld) {
  const baseUrl = this.config.baseUrl;
  if (!baseUrl) return;
  this.onCleanup(async () => {
    if (this.sessions.all().length === 0) return;
    for (const role of ['default', 'other'] as const) {
      const user: Credentials = this.credentials(role);
      if (user.username && user.password) await asUser(baseUrl, user, readEverything);
    }
  });
});

async function readEverything(client: UserClient): Promise<void> {
  const teams = await client.get<{ id: string }[]>('/api/v4/users/me/teams');
  for (const team of teams) {
    const base = `/api/v4/users/me/teams/${team.id}/channels`;
    const [members, channels] = await Promise.all([
      client.get<Membership[]>(`${base}/members`),
      client.get<{ id: string; total_msg_count: number }[]>(base),
    ]);
    const totals = new Map(channels.map((channel) => [channel.id, channel.total_msg_count]));
    for (const member of members) {
      const unread = member.mention_count > 0 || (totals.get(member.channel_id) ?? 0) > member.msg_count;
      if (unread)
        await client.send('POST', '/api/v4/channels/members/me/view', { channel_id: member.channel_id });
    }
  }
}
