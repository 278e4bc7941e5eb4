import type { FastifyRequest } from 'fastify';
import { AppError, invalidBodyParam } from '../../errors';
import { readMultipartForm } from '../../multipart';

/** Mattermost's default FileSettings.MaxFileSize (100 MB), plus room for the multipart framing. */
export const MAX_FILE_SIZE = 104_857_600;
export const UPLOAD_BODY_LIMIT = MAX_FILE_SIZE + 1_048_576;

export interface Upload {
  channelId: string;
  clientIds: string[];
  files: { name: string; type: string; bytes: Buffer }[];
}

/**
 * Reads a `POST /api/v4/files` body as Client4.uploadFile sends it (multipart: `channel_id`, then `client_ids`
 * and `files` in pairs).
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const form = await readMultipartForm(request, 'files');
  const channelId = String(
    form.get('channel_id') ?? (request.query as { channel_id?: string }).channel_id ?? '',
  );
  if (!channelId) throw invalidBodyParam('channel_id', 'name the channel the files are for');
  const parts = form.getAll('files').filter((part): part is File => typeof part !== 'string');
  if (parts.length === 0) throw invalidBodyParam('files', 'no file was sent');
  const files = await Promise.all(
    parts.map(async (part) => ({
      name: part.name,
      type: part.type,
      bytes: Buffer.from(await part.arrayBuffer()),
    })),
  );
  const tooLarge = files.find((file) => file.bytes.length > MAX_FILE_SIZE);
  if (tooLarge) {
    throw new AppError(
      'api.file.upload_file.too_large_detailed.app_error',
      `Unable to upload file ${tooLarge.name}. ${tooLarge.bytes.length} bytes exceeds the maximum allowed ${MAX_FILE_SIZE} bytes.`,
      413,
    );
  }
  return { channelId, clientIds: form.getAll('client_ids').map(String), files };
}
