import { newId } from '../auth/ids';
import type { Db } from './database';

export interface PostRow {
  id: string;
  channel_id: string;
  user_id: string;
  root_id: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  create_at: number;
  update_at: number;
  edit_at: number;
  delete_at: number;
  is_pinned: boolean;
  /** The files attached when the post was made (Mattermost's Post.FileIds). */
  file_ids: string[];
  /** Replies of a root post (Mattermost's reply_count), counted when the post is read. */
  reply_count: number;
}

type StoredPost = Omit<PostRow, 'props' | 'is_pinned' | 'file_ids'> & {
  props: string;
  is_pinned: number;
  file_ids: string;
};

// Every read counts the root's live replies, as Mattermost's post list does for reply_count.
const SELECT_POSTS = `SELECT p.*, (SELECT COUNT(*) FROM posts r
  WHERE r.root_id = CASE WHEN p.root_id = '' THEN p.id ELSE p.root_id END AND r.delete_at = 0) AS reply_count
  FROM posts p`;

function fromStored(row: StoredPost): PostRow {
  return {
    ...row,
    props: JSON.parse(row.props),
    is_pinned: row.is_pinned === 1,
    file_ids: JSON.parse(row.file_ids ?? '[]'),
  };
}

export interface PageQuery {
  page: number;
  perPage: number;
  since?: number;
}

export class PostStore {
  constructor(private readonly db: Db) {}

  create(
    post: Pick<PostRow, 'channel_id' | 'user_id' | 'message'> &
      Partial<Pick<PostRow, 'root_id' | 'type' | 'props' | 'create_at' | 'file_ids'>>,
  ): PostRow {
    const now = post.create_at || Date.now();
    const row: PostRow = {
      root_id: '',
      type: '',
      props: {},
      file_ids: [],
      ...post,
      id: newId(),
      create_at: now,
      update_at: now,
      edit_at: 0,
      delete_at: 0,
      is_pinned: false,
      reply_count: 0,
    };
    this.db
      .prepare(
        `INSERT INTO posts (id, channel_id, user_id, root_id, message, type, props, create_at, update_at, edit_at,
           delete_at, file_ids)
         VALUES (@id, @channel_id, @user_id, @root_id, @message, @type, @props, @create_at, @update_at, @edit_at,
           @delete_at, @file_ids)`,
      )
      .run({
        ...row,
        props: JSON.stringify(row.props),
        file_ids: JSON.stringify(row.file_ids),
        is_pinned: undefined,
        reply_count: undefined,
      });
    return this.byId(row.id) as PostRow;
  }

  byId(id: string): PostRow | undefined {
    const row = this.db.prepare(`${SELECT_POSTS} WHERE p.id = ?`).get(id) as StoredPost | undefined;
    return row && fromStored(row);
  }

  /** Newest first, like Mattermost's post list order. */
  forChannel(channelId: string, query: PageQuery): PostRow[] {
    const rows = this.db
      .prepare(
        `${SELECT_POSTS} WHERE p.channel_id = ? AND p.delete_at = 0 AND p.create_at > ?
         ORDER BY p.create_at DESC, p.rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(channelId, query.since ?? -1, query.perPage, query.page * query.perPage) as StoredPost[];
    return rows.map(fromStored);
  }

  /** A root post and its live replies, oldest first. */
  thread(rootId: string): PostRow[] {
    const rows = this.db
      .prepare(
        `${SELECT_POSTS} WHERE (p.id = ? OR p.root_id = ?) AND p.delete_at = 0 ORDER BY p.create_at, p.rowid`,
      )
      .all(rootId, rootId) as StoredPost[];
    return rows.map(fromStored);
  }

  pinnedIn(channelId: string): PostRow[] {
    const rows = this.db
      .prepare(
        `${SELECT_POSTS} WHERE p.channel_id = ? AND p.is_pinned = 1 AND p.delete_at = 0 ORDER BY p.create_at DESC`,
      )
      .all(channelId) as StoredPost[];
    return rows.map(fromStored);
  }

  editMessage(id: string, message: string): void {
    const now = Date.now();
    this.db
      .prepare('UPDATE posts SET message = ?, edit_at = ?, update_at = ? WHERE id = ?')
      .run(message, now, now, id);
  }

  setPinned(id: string, pinned: boolean): void {
    this.db
      .prepare('UPDATE posts SET is_pinned = ?, update_at = ? WHERE id = ?')
      .run(pinned ? 1 : 0, Date.now(), id);
  }

  /** Deletes a post and, for a root, its replies (Mattermost keeps the rows with delete_at set). */
  remove(id: string): void {
    const now = Date.now();
    this.db
      .prepare(
        'UPDATE posts SET delete_at = ?, update_at = ? WHERE (id = ? OR root_id = ?) AND delete_at = 0',
      )
      .run(now, now, id, id);
  }
}
