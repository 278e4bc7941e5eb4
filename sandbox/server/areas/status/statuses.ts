import type { SandboxContext } from '../../context';
import type { StatusStore, UserStatusValue } from './store';

// Mattermost marks a user away after 5 minutes without activity.
const AWAY_AFTER_MS = 5 * 60 * 1000;

/** Mattermost's model.Status as the REST API returns it. */
export interface StatusView {
  user_id: string;
  status: UserStatusValue;
  manual: boolean;
  last_activity_at: number;
}

/** Each user's status: the one they set, else online/away/offline from their sessions' last activity. */
export function statusesOf(ctx: SandboxContext, store: StatusStore, userIds: string[]): StatusView[] {
  const activity = ctx.stores.sessions.lastActivity(userIds);
  const now = Date.now();
  return userIds.map((userId) => {
    const lastActivity = activity.get(userId) ?? 0;
    const manual = store.manual(userId);
    if (manual)
      return { user_id: userId, status: manual.status, manual: true, last_activity_at: lastActivity };
    const status = lastActivity === 0 ? 'offline' : now - lastActivity < AWAY_AFTER_MS ? 'online' : 'away';
    return { user_id: userId, status, manual: false, last_activity_at: lastActivity };
  });
}

/** Stores the status and tells every live client (Mattermost's `status_change` websocket event). */
export function changeStatus(
  ctx: SandboxContext,
  store: StatusStore,
  userId: string,
  status: UserStatusValue,
): StatusView {
  store.set(userId, status);
  ctx.hub.publishToAll('status_change', { status, user_id: userId });
  return statusesOf(ctx, store, [userId])[0];
}
