import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';

/**
 * `GET /api/v4/license/client?format=old` (Client4 `getClientLicenseOld`): the sandbox runs as a server without a
 * license (Team Edition), which Mattermost answers with `IsLicensed: "false"` alone. Other formats are refused as
 * Mattermost refuses them (api4/license.go).
 */
export function registerLicenseRoute(api: FastifyInstance): void {
  api.get('/api/v4/license/client', async (request) => {
    const { format } = request.query as { format?: string };
    if (format !== 'old') {
      throw new AppError(
        'api.license.client.old_format.app_error',
        'New format for the client license is not supported yet. Please specify format=old in the query string.',
        501,
      );
    }
    return { IsLicensed: 'false' };
  });
}
