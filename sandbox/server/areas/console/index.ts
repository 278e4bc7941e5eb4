import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AppPage, sendAppPage } from '../../app-page';
import type { SandboxContext } from '../../context';
import type { SandboxArea } from '../area';
import { BRAND_SCHEMA, registerBrandImageRoutes } from './brand';
import { defaultConfig } from './config-values';
import { CATEGORIES, SECTIONS } from './definition';
import { registerLicenseRoute } from './license';
import { registerProfileImageRoute } from './profile-image';
import { clientConfigPart, registerConfigApi } from './routes';
import { CONFIG_SCHEMA, ConfigStore } from './store';
import { registerUserAdminRoutes } from './users';

const CONSOLE_PAGE: AppPage = {
  title: 'System Console',
  styles: ['/static/areas/console/console.css'],
  script: '/static/areas/console/console-app.js',
  bodyClass: 'admin-console-page',
};

/**
 * The System Console: the server config (stored in the database, `GET/PUT /api/v4/config`,
 * `PUT /api/v4/config/patch`) and the `/admin_console/...` pages, both built from the table in `definition.ts`.
 */
class ConsoleArea implements SandboxArea {
  readonly name = 'console';
  readonly schema = CONFIG_SCHEMA + BRAND_SCHEMA;
  /** The URL the server is reached at: a configured server's Site URL (Mattermost's default is empty). */
  private siteUrl = '';

  registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
    const defaults = () =>
      defaultConfig({
        'TeamSettings.SiteName': ctx.config.siteName,
        'ServiceSettings.SiteURL': this.siteUrl,
        // On as on Mattermost's test servers (e2e-tests DEFAULT_TEST_SETTINGS); the loadtest area's /test reads it.
        'ServiceSettings.EnableTesting': true,
      });
    const store = new ConfigStore(ctx.stores.db, defaults);
    api.addHook('onRequest', async (request) => this.noteSiteUrl(request));
    registerConfigApi(api, store, defaults);
    registerUserAdminRoutes(api, ctx);
    registerProfileImageRoute(api, ctx);
    registerLicenseRoute(api);
    registerBrandImageRoutes(api, ctx.stores.db);
    ctx.clientConfigParts.push(clientConfigPart(ctx, store));
  }

  registerPages(app: FastifyInstance): void {
    const definition = JSON.stringify({ categories: CATEGORIES, sections: SECTIONS });
    app.get('/static/areas/console/definition.json', (_request, reply) =>
      reply.header('Cache-Control', 'no-store').type('application/json; charset=utf-8').send(definition),
    );
    const page = async (request: FastifyRequest, reply: FastifyReply) => {
      this.noteSiteUrl(request);
      return sendAppPage(reply, CONSOLE_PAGE);
    };
    app.get('/admin_console', page);
    app.get('/admin_console/*', page);
  }

  private noteSiteUrl(request: FastifyRequest): void {
    if (this.siteUrl || !request.headers.host) return;
    this.siteUrl = `${request.protocol}://${request.headers.host}`;
  }
}

export const area: SandboxArea = new ConsoleArea();
