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
}

type StoredPost = Omit<PostRow, 'props'> & { props: string };

export interface PageQuery {
  page: number;
  perPage: number;
  since?: number;
}

export class PostStore {
  constructor(private readonly db: Db) {}

  create(
    post: Pick<PostRow, 'channel_id' | 'user_id' | 'message'> & { root_id?: string; create_at?: number },
  ): PostRow {
    const now = post.create_at || Date.now();
    const row: PostRow = {
      root_id: '',
      ...post,
      id: newId(),
      type: '',
      props: {},
      create_at: now,
      update_at: now,
      edit_at: 0,
      delete_at: 0,
    };
    this.db
      .prepare(
        `INSERT INTO posts (id, channel_id, user_id, root_id, message, type, props, create_at, update_at, edit_at,
           delete_at)
         VALUES (@id, @channel_id, @user_id, @root_id, @message, @type, @props, @create_at, @update_at, @edit_at,
           @delete_at)`,
      )
      .run({ ...row, props: JSON.stringify(row.props) });
    return row;
  }

  byId(id: string): PostRow | undefined {
    const row = this.db.prepare('SELECT * FROM posts WHERE id = ?').get(id) as StoredPost | undefined;
    return row && { ...row, props: JSON.parse(row.props) };
  }

  /** Newest first, like Mattermost's post list order. */
  forChannel(channelId: string, query: PageQuery): PostRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM posts WHERE channel_id = ? AND delete_at = 0 AND create_at > ?
         ORDER BY create_at DESC, rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(channelId, query.since ?? -1, query.perPage, query.page * query.perPage) as StoredPost[];
    return rows.map((row) => ({ ...row, props: JSON.parse(row.props) }));
  }
}
