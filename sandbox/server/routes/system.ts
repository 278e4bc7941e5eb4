import type { FastifyInstance } from 'fastify';

export function registerSystemRoutes(app: FastifyInstance): void {
  app.get('/api/v4/system/ping', { config: { public: true } }, async () => ({
    status: 'OK',
    ActiveSearchBackend: 'database',
    AndroidLatestVersion: '',
    AndroidMinVersion: '',
    IosLatestVersion: '',
    IosMinVersion: '',
  }));
}
