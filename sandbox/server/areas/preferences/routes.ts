import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { requireSelfOrAdmin, statusOk, userIdParam } from '../../routes/params';
import { userNotFound } from '../../routes/users';
import { parseBody } from '../../validation';
import type { Preference, PreferenceStore } from './store';

// Mattermost's Preference.IsValid: category ≤ 32, name ≤ 32, value ≤ 2000 characters (themes are JSON).
const preferenceSchema = z.object({
  user_id: z.string(),
  category: z.string().min(1).max(32),
  name: z.string().max(32),
  value: z.string().max(2000),
});
const preferenceList = z.array(preferenceSchema).min(1).max(100);

type Params = Record<string, string>;

/**
 * `/api/v4/users/{user_id}/preferences`: what @mattermost/client's getMyPreferences, getUserPreferences,
 * savePreferences and deletePreferences call. Like Mattermost, a user reads and writes only their own (a system
 * admin may act for anyone), and every preference of a write must name the user of the URL.
 */
export function registerPreferenceRoutes(app: FastifyInstance, ctx: SandboxContext, store: PreferenceStore) {
  const ownerOf = (request: FastifyRequest) => {
    const userId = userIdParam(request);
    requireSelfOrAdmin(authOf(request), userId);
    if (!ctx.stores.users.byId(userId)) throw userNotFound();
    return userId;
  };

  app.get('/api/v4/users/:user_id/preferences', async (request) => store.ofUser(ownerOf(request)));

  app.get('/api/v4/users/:user_id/preferences/:category', async (request) => {
    const { category } = request.params as Params;
    const found = store.ofUser(ownerOf(request), category);
    if (found.length === 0) throw missing();
    return found;
  });

  app.get('/api/v4/users/:user_id/preferences/:category/name/:name', async (request) => {
    const { category, name } = request.params as Params;
    const [found] = store.ofUser(ownerOf(request), category, name);
    if (!found) throw missing();
    return found;
  });

  app.put('/api/v4/users/:user_id/preferences', async (request) => {
    const userId = ownerOf(request);
    const preferences = ownedBy(userId, parseBody(preferenceList, request.body, 'preferences'));
    store.save(preferences);
    return statusOk;
  });

  app.post('/api/v4/users/:user_id/preferences/delete', async (request) => {
    const userId = ownerOf(request);
    const preferences = ownedBy(userId, parseBody(preferenceList, request.body, 'preferences'));
    store.delete(preferences);
    return statusOk;
  });
}

/** Mattermost refuses a batch naming another user (api4/preference.go: "Unable to save/delete preferences"). */
function ownedBy(userId: string, preferences: Preference[]): Preference[] {
  for (const preference of preferences) {
    if (preference.user_id !== userId) {
      throw new AppError(
        'api.preference.update_preferences.set_details.app_error',
        'Unable to set preferences for other user',
        403,
      );
    }
  }
  return preferences;
}

const missing = () => notFound('app.preference.get.app_error', 'Unable to get preference.');
