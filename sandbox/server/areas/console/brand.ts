import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authOf } from '../../auth/authenticate';
import type { Db } from '../../db/database';
import { forbidden, invalidBodyParam, notFound } from '../../errors';
import { readMultipartForm } from '../../multipart';

export const BRAND_SCHEMA = `
CREATE TABLE IF NOT EXISTS console_brand_image (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  update_at INTEGER NOT NULL
);`;

/** Mattermost's permission for Site Configuration > Customization (api4/brand.go). */
const WRITE_CUSTOMIZATION = 'sysconsole_write_site_customization';

/** The image types Mattermost's brand image upload accepts (it decodes PNG, JPEG, GIF and BMP). */
const IMAGE_TYPE = /^image\/(?:png|jpeg|gif|bmp)$/;

/** The multipart body of `Client4.uploadBrandImage` (one `image` part). */
async function readImage(request: FastifyRequest): Promise<{ type: string; bytes: Buffer }> {
  const form = await readMultipartForm(request, 'image');
  const part = form.get('image');
  if (!part || typeof part === 'string') throw invalidBodyParam('image', 'no image part was sent');
  if (!IMAGE_TYPE.test(part.type)) throw invalidBodyParam('image', `${part.type || 'this file'} is no image`);
  return { type: part.type, bytes: Buffer.from(await part.arrayBuffer()) };
}

/**
 * The custom brand image of the login page (System Console > Customization > Custom Brand Image):
 * `POST /api/v4/brand/image` (multipart `image`, system admins), `GET /api/v4/brand/image` (anyone, the login
 * page shows it; 404 while none was uploaded), `DELETE /api/v4/brand/image` (system admins).
 */
export function registerBrandImageRoutes(api: FastifyInstance, db: Db): void {
  const requireAdmin = (request: FastifyRequest) => {
    if (!authOf(request).isAdmin) throw forbidden(WRITE_CUSTOMIZATION);
  };

  api.post('/api/v4/brand/image', async (request, reply) => {
    requireAdmin(request);
    const image = await readImage(request);
    db.prepare(
      'INSERT INTO console_brand_image (id, type, bytes, update_at) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET type = excluded.type, bytes = excluded.bytes, update_at = excluded.update_at',
    ).run(image.type, image.bytes, Date.now());
    reply.code(201);
    return { status: 'OK' };
  });

  api.get('/api/v4/brand/image', { config: { public: true } }, async (_request, reply) => {
    const row = db.prepare('SELECT type, bytes FROM console_brand_image WHERE id = 1').get() as
      | { type: string; bytes: Buffer }
      | undefined;
    if (!row) throw notFound('api.admin.get_brand_image.not_found.app_error', 'Brand image not found.');
    return reply.header('Cache-Control', 'no-store').type(row.type).send(Buffer.from(row.bytes));
  });

  api.delete('/api/v4/brand/image', async (request) => {
    requireAdmin(request);
    db.prepare('DELETE FROM console_brand_image WHERE id = 1').run();
    return { status: 'OK' };
  });
}
