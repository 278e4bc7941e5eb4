import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import type { PostRow } from '../../db/posts';
import { presentPost } from '../../present';
import { idParam } from '../../routes/params';
import { visibleTeam } from '../../routes/teams';
import { parseBody } from '../../validation';
import type { SandboxArea } from '../area';
import { matchedTerms, matchesQuery, type Resolved } from './matches';
import { isEmptyQuery, parseSearchTerms } from './query';

// Client4.searchPostsWithParams: {terms, is_or_search, time_zone_offset, page, per_page, include_deleted_channels}.
const searchBody = z.object({
  terms: z.string().max(4096),
  is_or_search: z.boolean().optional().default(false),
  time_zone_offset: z.number().int().optional().default(0),
  page: z.number().int().min(0).optional().default(0),
  per_page: z.number().int().min(1).max(200).optional().default(20),
  include_deleted_channels: z.boolean().optional().default(false),
});

interface SearchedPost extends PostRow {
  channel_name: string;
  channel_display_name: string;
}

/**
 * Message search, `POST /api/v4/teams/{team_id}/posts/search`: the posts of the team's channels the caller is a
 * member of (never other channels, even public ones, as in Mattermost), newest first, without system messages.
 */
function registerSearchRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  api.post('/api/v4/teams/:team_id/posts/search', async (request) => {
    const auth = authOf(request);
    const team = visibleTeam(ctx, auth, ctx.stores.teams.byId(idParam(request, 'team_id')));
    const body = parseBody(searchBody, request.body);
    const query = parseSearchTerms(body.terms);
    const candidates = isEmptyQuery(query)
      ? []
      : memberPosts(ctx, team.id, auth.user.id, body.include_deleted_channels);
    const resolved = resolver(ctx, candidates, body.time_zone_offset);
    const found = candidates.filter((post) => matchesQuery(post, query, resolved, body.is_or_search));
    const page = found.slice(body.page * body.per_page, (body.page + 1) * body.per_page);
    const terms = matchedTerms(query);
    return {
      order: page.map((post) => post.id),
      posts: Object.fromEntries(page.map((post) => [post.id, presentPost(withoutChannel(post))])),
      matches: Object.fromEntries(page.map((post) => [post.id, terms])),
      next_post_id: '',
      prev_post_id: '',
      has_next: found.length > (body.page + 1) * body.per_page,
      first_inaccessible_post_time: 0,
    };
  });
}

function memberPosts(
  ctx: SandboxContext,
  teamId: string,
  userId: string,
  withArchived: boolean,
): SearchedPost[] {
  const rows = ctx.stores.db
    .prepare(
      `SELECT p.*, c.name AS channel_name, c.display_name AS channel_display_name
       FROM posts p JOIN channels c ON c.id = p.channel_id
       JOIN channel_members m ON m.channel_id = c.id AND m.user_id = ?
       WHERE (c.team_id = ? OR c.team_id = '') AND p.delete_at = 0 AND p.type NOT LIKE 'system_%' AND (? OR c.delete_at = 0)
       ORDER BY p.create_at DESC, p.rowid DESC`,
    )
    .all(userId, teamId, withArchived ? 1 : 0) as Array<SearchedPost & { props: string }>;
  return rows.map((row) => ({ ...row, props: JSON.parse(row.props) }));
}

function resolver(ctx: SandboxContext, posts: SearchedPost[], timeZoneOffset: number): Resolved {
  return {
    timeZoneOffset,
    userIds: (usernames) =>
      new Set(
        usernames.map((name) => ctx.stores.users.byUsername(name)?.id).filter((id) => id !== undefined),
      ),
    // `in:` names a channel by its URL name (the autocomplete fills it in) or, typed by hand, its display name.
    channelIds: (names) =>
      new Set(
        posts
          .filter(
            (post) =>
              names.includes(post.channel_name) || names.includes(post.channel_display_name.toLowerCase()),
          )
          .map((post) => post.channel_id),
      ),
  };
}

function withoutChannel({
  channel_name: _name,
  channel_display_name: _display,
  ...post
}: SearchedPost): PostRow {
  return post;
}

export const area: SandboxArea = { name: 'search', registerRoutes: registerSearchRoutes };
