import type { CasebookWorld } from '../../support/world';
import { ApiError, apiGet, type UserInfo } from './api';
import type { DesktopLevel } from './desktop-notifications';

/**
 * The desktop notification level stored for the scenario's user, read through the first browser session that
 * is still logged in (a revoked session answers 401 and is skipped).
 */
export async function desiredDesktopLevel(world: CasebookWorld): Promise<DesktopLevel> {
  for (const session of world.sessions.all()) {
    if (!session.user) continue;
    try {
      const me = await apiGet<UserInfo>(session.context, '/api/v4/users/me');
      return (me.notify_props?.desktop ?? 'mention') as DesktopLevel;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
  }
  throw new Error(
    'no browser session of this scenario is still logged in to read the notification preference',
  );
}
