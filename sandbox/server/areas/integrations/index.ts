import type { FastifyInstance, FastifyReply } from 'fastify';
import { type AppPage, sendAppPage } from '../../app-page';
import type { SandboxContext } from '../../context';
import type { SandboxArea } from '../area';
import { registerCommandAutocompleteRoutes } from './command-autocomplete';
import { registerCommandRoutes } from './commands';
import { registerIncomingWebhookEndpoint, registerIncomingWebhookRoutes } from './incoming';
import { registerOutgoingWebhookRoutes } from './outgoing';
import { integrationSettings } from './settings';
import { INTEGRATIONS_SCHEMA, IntegrationStore } from './store';

/** The backstage pages (Integrations > Incoming Webhooks, Outgoing Webhooks, Slash Commands). */
const BACKSTAGE_PAGE: AppPage = {
  title: 'Integrations',
  styles: ['/static/css/modal.css', '/static/areas/integrations/backstage.css'],
  script: '/static/areas/integrations/backstage-app.js',
  bodyClass: 'backstage-page',
};

/**
 * Integrations: incoming webhooks (`/api/v4/hooks/incoming`, and `POST /hooks/{id}` that posts a payload), outgoing
 * webhooks (`/api/v4/hooks/outgoing`), custom slash commands (`/api/v4/commands`, `POST /api/v4/commands/execute`
 * calling the command's URL) and the backstage pages under `/{team}/integrations`.
 */
class IntegrationsArea implements SandboxArea {
  readonly name = 'integrations';
  readonly schema = INTEGRATIONS_SCHEMA;
  /** One store per running sandbox (tests start several in one process). */
  private readonly stores = new WeakMap<SandboxContext, IntegrationStore>();

  registerRoutes(api: FastifyInstance, ctx: SandboxContext): void {
    const store = this.storeOf(ctx);
    registerIncomingWebhookRoutes(api, ctx, store);
    registerOutgoingWebhookRoutes(api, ctx, store);
    registerCommandRoutes(api, ctx, store);
    registerCommandAutocompleteRoutes(api, ctx, store);
    // The web app reads these as Mattermost's client config does (strings "true"/"false").
    ctx.clientConfigParts.push(() =>
      Object.fromEntries(
        Object.entries(integrationSettings(ctx.stores.db)).map(([key, value]) => [key, String(value)]),
      ),
    );
  }

  registerPages(app: FastifyInstance, ctx: SandboxContext): void {
    registerIncomingWebhookEndpoint(app, ctx, this.storeOf(ctx));
    const page = (_request: unknown, reply: FastifyReply) => sendAppPage(reply, BACKSTAGE_PAGE);
    app.get('/:team/integrations', page);
    app.get('/:team/integrations/*', page);
  }

  private storeOf(ctx: SandboxContext): IntegrationStore {
    let store = this.stores.get(ctx);
    if (!store) {
      store = new IntegrationStore(ctx.stores.db);
      this.stores.set(ctx, store);
    }
    return store;
  }
}

export const area: SandboxArea = new IntegrationsArea();
