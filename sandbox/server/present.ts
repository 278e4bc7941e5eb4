import type { ChannelRow } from './db/channels';
import type { PostRow } from './db/posts';
import type { SessionRow } from './db/sessions';
import type { TeamRow } from './db/teams';
import type { UserRow } from './db/users';

/** The JSON shapes Mattermost returns; secrets (password hash, token, csrf) never leave the server. */
export function presentUser(user: UserRow) {
  const { password_hash: _hash, ...visible } = user;
  return {
    ...visible,
    auth_data: '',
    auth_service: '',
    email_verified: true,
    is_bot: false,
    mfa_active: false,
    props: {},
    timezone: { automaticTimezone: '', manualTimezone: '', useAutomaticTimezone: 'true' },
  };
}

/**
 * Another user's profile, as Mattermost's ClearNonProfileFields leaves it: no notification settings (admins keep
 * them), no password or lock history, email_verified false.
 */
export function presentProfile(user: UserRow, viewer: { user: { id: string }; isAdmin: boolean }) {
  const full = presentUser(user);
  if (viewer.user.id === user.id) return full;
  return {
    ...full,
    notify_props: viewer.isAdmin ? full.notify_props : {},
    last_password_update: 0,
    failed_attempts: 0,
    email_verified: false,
  };
}

export function presentSession(session: SessionRow) {
  const { csrf: _csrf, ...props } = session.props;
  return {
    ...session,
    token: '',
    props,
    is_oauth: false,
    expired_notify: false,
    local: false,
    team_members: [],
  };
}

export function presentTeam(team: TeamRow) {
  return {
    ...team,
    email: '',
    company_name: '',
    allowed_domains: '',
    invite_id: '',
    allow_open_invite: true,
    scheme_id: '',
    group_constrained: false,
  };
}

export function presentChannel(channel: ChannelRow) {
  return { ...channel, extra_update_at: 0, scheme_id: '', group_constrained: false, shared: false };
}

export function presentPost(post: PostRow) {
  return {
    ...post,
    original_id: '',
    hashtags: '',
    pending_post_id: '',
    metadata: {},
  };
}
