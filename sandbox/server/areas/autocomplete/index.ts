import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { presentProfile } from '../../present';
import { readableChannel } from '../../routes/channels';
import { idSchema } from '../../routes/params';
import { visibleTeam } from '../../routes/teams';
import { parseParam } from '../../validation';
import type { SandboxArea } from '../area';
import { matchesMention } from './matches';

// Client4.autocompleteUsers(name, teamId, channelId, {limit}): Mattermost's default limit is 100.
const autocompleteQuery = z.object({
  name: z.string().max(64).default(''),
  in_team: idSchema.optional(),
  in_channel: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
});

/**
 * `GET /api/v4/users/autocomplete` (Client4 autocompleteUsers), what the message box's @-mention list asks: the
 * active users whose username, first or last name or nickname starts with `name` (never the email). With
 * `in_channel` the answer is `{users, out_of_channel}` (members of the channel, and the team's other members);
 * with only `in_team`, `{users}` of that team. Reading a channel or team needs the same access as reading it.
 */
function registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { users, channels, teams } = ctx.stores;

  api.get('/api/v4/users/autocomplete', async (request) => {
    const auth = authOf(request);
    const query = parseParam(autocompleteQuery, request.query, 'query');
    const channel = query.in_channel
      ? readableChannel(ctx, auth, channels.byId(query.in_channel))
      : undefined;
    const teamId = query.in_team ?? channel?.team_id;
    const team = teamId ? visibleTeam(ctx, auth, teams.byId(teamId)) : undefined;
    const matching = users
      .all()
      .filter((user) => user.delete_at === 0 && matchesMention(user, query.name))
      .filter((user) => !team || teams.isMember(team.id, user.id));
    const present = (list: typeof matching) =>
      list.slice(0, query.limit).map((user) => presentProfile(user, auth));
    if (!channel) return { users: present(matching) };
    const members = new Set(channels.memberIds(channel.id));
    return {
      users: present(matching.filter((user) => members.has(user.id))),
      out_of_channel: present(matching.filter((user) => !members.has(user.id))),
    };
  });
}

export const area: SandboxArea = { name: 'autocomplete', registerRoutes };
