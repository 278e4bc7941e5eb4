import type { SandboxContext } from '../../context';
import type { PostRow } from '../../db/posts';

export interface FollowedThread {
  root: PostRow;
  replyCount: number;
  lastReplyAt: number;
  /** The root's author first, then the repliers in the order they first replied (Mattermost's participants). */
  participantIds: string[];
}

interface ThreadIdRow {
  id: string;
}

/**
 * The live threads (a root post with at least one live reply) of the channels of `teamId` (and of the user's
 * direct/group channels, which Mattermost lists in every team) that the user started or replied to, most
 * recent reply first: the threads Mattermost makes a user follow on their own.
 */
export function followedThreads(ctx: SandboxContext, userId: string, teamId: string): FollowedThread[] {
  const rows = ctx.stores.db
    .prepare(
      `SELECT root.id AS id FROM posts root
         JOIN channels c ON c.id = root.channel_id
         JOIN channel_members m ON m.channel_id = c.id AND m.user_id = @userId
       WHERE root.root_id = '' AND root.delete_at = 0 AND c.delete_at = 0 AND (c.team_id = @teamId OR c.team_id = '')
         AND EXISTS (SELECT 1 FROM posts r WHERE r.root_id = root.id AND r.delete_at = 0)
         AND (root.user_id = @userId
           OR EXISTS (SELECT 1 FROM posts r WHERE r.root_id = root.id AND r.delete_at = 0 AND r.user_id = @userId))`,
    )
    .all({ userId, teamId }) as ThreadIdRow[];
  return rows
    .map((row) => describeThread(ctx.stores.posts.thread(row.id)))
    .sort((a, b) => b.lastReplyAt - a.lastReplyAt);
}

function describeThread(posts: PostRow[]): FollowedThread {
  const [root, ...replies] = posts;
  return {
    root,
    replyCount: replies.length,
    lastReplyAt: Math.max(...replies.map((reply) => reply.create_at)),
    participantIds: [...new Set(posts.map((post) => post.user_id))],
  };
}
