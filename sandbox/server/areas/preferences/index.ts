import type { SandboxArea } from '../area';
import { registerPreferenceRoutes } from './routes';
import { PREFERENCES_SCHEMA, PreferenceStore } from './store';

/** Per-user preferences (display, sidebar, advanced settings…) behind `/api/v4/users/{id}/preferences`. */
export const area: SandboxArea = {
  name: 'preferences',
  schema: PREFERENCES_SCHEMA,
  registerRoutes(api, ctx) {
    registerPreferenceRoutes(api, ctx, new PreferenceStore(ctx.stores.db));
  },
};
