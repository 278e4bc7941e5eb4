import { newId } from '../../auth/ids';
import type { Db } from '../../db/database';
import { extensionOf, hasPreview, imageSize, mimeTypeOf } from './kinds';

/** A file as Mattermost's FileInfo describes it (`@mattermost/types/files`), the bytes kept beside it. */
export interface FileRow {
  id: string;
  user_id: string;
  channel_id: string;
  post_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  name: string;
  extension: string;
  size: number;
  mime_type: string;
  width: number;
  height: number;
  has_preview_image: boolean;
}

type StoredFile = Omit<FileRow, 'has_preview_image'> & { has_preview_image: number };

export const FILES_SCHEMA = `
CREATE TABLE IF NOT EXISTS files (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  channel_id TEXT NOT NULL REFERENCES channels(id),
  post_id TEXT NOT NULL DEFAULT '',
  create_at INTEGER NOT NULL,
  update_at INTEGER NOT NULL,
  delete_at INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  extension TEXT NOT NULL,
  size INTEGER NOT NULL,
  mime_type TEXT NOT NULL,
  width INTEGER NOT NULL DEFAULT 0,
  height INTEGER NOT NULL DEFAULT 0,
  has_preview_image INTEGER NOT NULL DEFAULT 0,
  content BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS files_post ON files(post_id);
`;

const COLUMNS = `id, user_id, channel_id, post_id, create_at, update_at, delete_at, name, extension, size, mime_type,
  width, height, has_preview_image`;

const fromStored = (row: StoredFile): FileRow => ({ ...row, has_preview_image: row.has_preview_image === 1 });

export class FileStore {
  constructor(private readonly db: Db) {}

  create(upload: { userId: string; channelId: string; name: string; type: string; bytes: Buffer }): FileRow {
    const now = Date.now();
    const mimeType = mimeTypeOf(upload.name, upload.type);
    const row: FileRow = {
      id: newId(),
      user_id: upload.userId,
      channel_id: upload.channelId,
      post_id: '',
      create_at: now,
      update_at: now,
      delete_at: 0,
      name: upload.name,
      extension: extensionOf(upload.name),
      size: upload.bytes.length,
      mime_type: mimeType,
      ...(hasPreview(mimeType) ? imageSize(upload.bytes) : { width: 0, height: 0 }),
      has_preview_image: hasPreview(mimeType),
    };
    this.db
      .prepare(
        `INSERT INTO files (${COLUMNS}, content) VALUES (@id, @user_id, @channel_id, @post_id, @create_at,
          @update_at, @delete_at, @name, @extension, @size, @mime_type, @width, @height, @has_preview_image, @content)`,
      )
      .run({ ...row, has_preview_image: row.has_preview_image ? 1 : 0, content: upload.bytes });
    return row;
  }

  byId(id: string): FileRow | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM files WHERE id = ?`).get(id) as
      | StoredFile
      | undefined;
    return row && fromStored(row);
  }

  content(id: string): Buffer {
    return (this.db.prepare('SELECT content FROM files WHERE id = ?').get(id) as { content: Buffer }).content;
  }

  forPost(postId: string): FileRow[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM files WHERE post_id = ? AND delete_at = 0 ORDER BY create_at, rowid`)
      .all(postId) as StoredFile[];
    return rows.map(fromStored);
  }

  attach(ids: string[], postId: string): void {
    const update = this.db.prepare(
      "UPDATE files SET post_id = ?, update_at = ? WHERE id = ? AND post_id = ''",
    );
    for (const id of ids) update.run(postId, Date.now(), id);
  }
}
