import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../../auth/authenticate';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { readableChannel } from '../../routes/channels';
import { idParam } from '../../routes/params';
import type { SandboxArea } from '../area';
import { servedInline } from './kinds';
import { FILES_SCHEMA, type FileRow, FileStore } from './store';
import { readUpload, UPLOAD_BODY_LIMIT } from './upload';

/**
 * Files and attachments: `POST /api/v4/files` (Client4.uploadFile: multipart `files`, `channel_id`,
 * `client_ids`) answers a FileUploadResponse; `GET /api/v4/files/{id}` serves the bytes (inline for media,
 * as an attachment otherwise or with `?download=1`), `/preview` and `/thumbnail` an image's picture, `/info` the
 * FileInfo; `GET /api/v4/posts/{id}/files/info` (Client4.getFileInfosForPost) the files of a post. A new post
 * takes the `file_ids` its author uploaded to its channel (ctx.postFiles).
 */
function registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
  const files = new FileStore(ctx.stores.db);
  ctx.postFiles = {
    claimable: (ids, userId, channelId) =>
      [...new Set(ids)].filter((id) => {
        const file = files.byId(id);
        return file?.user_id === userId && file.channel_id === channelId && file.post_id === '';
      }),
    attach: (ids, postId) => files.attach(ids, postId),
  };
  // The body arrives whole (uploads are small here) and is read by Node's own multipart parser (readUpload).
  api.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  api.post('/api/v4/files', async (request, reply) => {
    const auth = authOf(request);
    const upload = await readUpload(request);
    const channel = ctx.stores.channels.byId(upload.channelId);
    if (!channel || !ctx.stores.channels.isMember(channel.id, auth.user.id)) throw forbidden('upload_file');
    const infos = upload.files.map((file) =>
      files.create({ userId: auth.user.id, channelId: channel.id, ...file }),
    );
    reply.code(201);
    return { file_infos: infos.map(presentFile), client_ids: upload.clientIds };
  });

  const readable = (request: FastifyRequest) =>
    readableFile(ctx, files, authOf(request), idParam(request, 'file_id'));

  api.get('/api/v4/files/:file_id', async (request, reply) => {
    const file = readable(request);
    const { download } = request.query as { download?: string };
    const inline = servedInline(file.mime_type) && !['1', 'true'].includes(download ?? '');
    return sendBytes(reply, file, files.content(file.id), inline ? 'inline' : 'attachment');
  });

  for (const picture of ['preview', 'thumbnail'] as const) {
    api.get(`/api/v4/files/:file_id/${picture}`, async (request, reply) => {
      const file = readable(request);
      if (!file.has_preview_image) throw noPicture(picture);
      // The sandbox keeps no resized copies: an image's preview and thumbnail are the image itself.
      return sendBytes(reply, file, files.content(file.id), 'inline');
    });
  }

  api.get('/api/v4/files/:file_id/info', async (request) => presentFile(readable(request)));

  api.get('/api/v4/posts/:post_id/files/info', async (request) => {
    const post = ctx.stores.posts.byId(idParam(request, 'post_id'));
    if (!post || post.delete_at > 0) throw notFound('app.post.get.app_error', 'Unable to get the post.');
    readableChannel(ctx, authOf(request), ctx.stores.channels.byId(post.channel_id));
    return files.forPost(post.id).map(presentFile);
  });
}

/** A file its uploader may read before it is posted; once posted, whoever may read its channel. */
function readableFile(ctx: SandboxContext, files: FileStore, auth: Auth, id: string): FileRow {
  const file = files.byId(id);
  if (!file || file.delete_at > 0) {
    throw notFound('app.file_info.get.app_error', 'Unable to get the file info.');
  }
  if (file.user_id === auth.user.id) return file;
  if (file.post_id === '') throw forbidden('read_channel');
  readableChannel(ctx, auth, ctx.stores.channels.byId(file.channel_id));
  return file;
}

function sendBytes(reply: FastifyReply, file: FileRow, bytes: Buffer, disposition: 'inline' | 'attachment') {
  const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('Content-Type', file.mime_type)
    .header('X-Content-Type-Options', 'nosniff')
    .header(
      'Content-Disposition',
      `${disposition};filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .send(bytes);
}

function noPicture(picture: 'preview' | 'thumbnail'): AppError {
  return picture === 'preview'
    ? new AppError(
        'api.file.get_file_preview.no_preview.app_error',
        'Requested file does not have a preview image.',
        400,
      )
    : new AppError(
        'api.file.get_file_thumbnail.no_thumbnail.app_error',
        'Requested file does not have a thumbnail image.',
        400,
      );
}

export function presentFile(file: FileRow) {
  return { ...file, mini_preview: undefined, archived: false };
}

export const area: SandboxArea = { name: 'files', schema: FILES_SCHEMA, registerRoutes };
