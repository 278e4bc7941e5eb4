import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { presentProfile } from '../../present';
import { readableChannel } from '../../routes/channels';
import { idSchema } from '../../routes/params';
import { visibleTeam } from '../../routes/teams';
import { parseParam } from '../../validation';

const PER_PAGE_MAX = 200;

const listQuery = z.object({
  in_channel: idSchema.optional(),
  in_team: idSchema.optional(),
  page: z.coerce.number().int().min(0).default(0),
  per_page: z.coerce.number().int().min(1).max(PER_PAGE_MAX).default(60),
});

/**
 * `GET /api/v4/users` (Client4 getProfiles, getProfilesInChannel, getProfilesInTeam): active users by username,
 * a page at a time; `in_channel` needs read access to the channel, `in_team` membership of the team. The Direct
 * Messages dialog lists everyone, the members panel a channel's members.
 */
export function registerUserListRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const { users, channels, teams } = ctx.stores;

  api.get('/api/v4/users', async (request) => {
    const auth = authOf(request);
    const query = parseParam(listQuery, request.query, 'query');
    let ids: Set<string> | undefined;
    if (query.in_channel) {
      const channel = readableChannel(ctx, auth, channels.byId(query.in_channel));
      ids = new Set(channels.memberIds(channel.id));
    }
    if (query.in_team) {
      const team = visibleTeam(ctx, auth, teams.byId(query.in_team));
      const teamIds = new Set(
        users
          .all()
          .filter((u) => teams.isMember(team.id, u.id))
          .map((u) => u.id),
      );
      ids = ids ? new Set([...ids].filter((id) => teamIds.has(id))) : teamIds;
    }
    const listed = users.all().filter((user) => user.delete_at === 0 && (!ids || ids.has(user.id)));
    const start = query.page * query.per_page;
    return listed.slice(start, start + query.per_page).map((user) => presentProfile(user, auth));
  });
}
