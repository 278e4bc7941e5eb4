import type { SandboxArea } from '../area';
import { registerStatusCommands } from './commands';
import { registerStatusRoutes } from './routes';
import { STATUS_SCHEMA, StatusStore } from './store';

/**
 * User status (online, away, do not disturb, offline): the REST routes, the status slash commands and the
 * `status_change` event; a status the user set wins over the one their activity gives.
 */
registerStatusCommands();

export const area: SandboxArea = {
  name: 'status',
  schema: STATUS_SCHEMA,
  registerRoutes(api, ctx) {
    const store = new StatusStore(ctx.stores.db);
    registerStatusRoutes(api, ctx, store);
  },
};
