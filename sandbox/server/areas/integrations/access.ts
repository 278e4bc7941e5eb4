import type { Auth } from '../../auth/authenticate';
import type { SandboxContext } from '../../context';
import { AppError, forbidden } from '../../errors';

/**
 * Who may manage integrations: Mattermost gives manage_incoming_webhooks, manage_outgoing_webhooks and
 * manage_slash_commands to team admins and system admins by default (a plain team member gets 403), and the
 * "…others…" permissions (another user's integration) to the same roles.
 */
export function requireManager(ctx: SandboxContext, auth: Auth, teamId: string, permission: string): void {
  if (auth.isAdmin) return;
  const row = ctx.stores.db
    .prepare('SELECT roles FROM team_members WHERE team_id = ? AND user_id = ?')
    .get(teamId, auth.user.id) as { roles: string } | undefined;
  if (!row?.roles.split(' ').includes('team_admin')) throw forbidden(permission);
}

/** Mattermost answers 501 when a whole kind of integration is switched off in the System Console. */
export function disabled(id: string, message: string): AppError {
  return new AppError(id, message, 501);
}
