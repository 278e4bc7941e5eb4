import type { Credentials, Role } from '../../support/config';
import type { CasebookWorld } from '../../support/world';

/** How cases name users; A/1 is the default test user, B/2 the other one. */
export const USER = String.raw`(?:the\s+|a\s+|an\s+)?(?:"[a-z][\w.@-]*"|“[a-z][\w.@-]*”|'[a-z][\w.@-]*'|\*\*[a-z][\w.@-]*\*\*|same\s+user|test\s+user|any\s+user|regular\s+user|basic\s+user|non-admin(?:\s+user)?|member|user\s*[-_]?\s*(?:a|b|1|2)|user|(?:system\s+|team\s+)?admin(?:istrator)?(?:\s+user)?|sysadmin|another\s+user|other\s+user|second\s+user|different\s+user)`;

const ROLE_WORDS: [RegExp, Role | 'same'][] = [
  [/^any\s+user$/i, 'default'],
  [/same user/i, 'same'],
  [/admin/i, 'admin'],
  [/another|other|second|different|user\s*[-_]?\s*(b|2)$/i, 'other'],
  [/.*/, 'default'],
];

export function roleNamed(words: string): Role | 'same' {
  return ROLE_WORDS.find(([pattern]) => pattern.test(words.trim()))![1];
}

/** Credentials for a user named in a step; "the same user" is whoever logged in first in this scenario. */
export function userNamed(world: CasebookWorld, words: string | null | undefined): Credentials {
  const quoted = words ? /^["“'*]+([^"”'*]+)["”'*]+$/.exec(words.trim()) : null;
  if (quoted) return userByName(world, quoted[1]);
  const role = words ? roleNamed(words) : 'default';
  if (role !== 'same') return world.credentials(role);
  const first = world.sessions.all().find((session) => session.user)?.user;
  return first ?? world.credentials('default');
}

/** Session name for "user A" / "user B" style references. */
export function sessionNameForUser(words: string): string | undefined {
  const match = /user\s*[-_]?\s*([ab12])$/i.exec(words.trim());
  return match ? `user ${match[1].toLowerCase()}` : undefined;
}

/** The credentials of the user a case names literally ("sysadmin", "user-1"): one of the configured users. */
function userByName(world: CasebookWorld, name: string): Credentials {
  for (const role of ['default', 'other', 'admin'] as const) {
    const user = world.config.users[role];
    if (user.username.toLowerCase() === name.toLowerCase()) return world.credentials(role);
  }
  if (/^(sys)?admin$/i.test(name)) return world.credentials('admin');
  throw new Error(
    `no credentials for a user called "${name}" (configured: MM_USERNAME, MM_OTHER_USERNAME, MM_ADMIN_USERNAME)`,
  );
}
