import { AppError } from '../errors';

/** Mattermost's ServiceSettings.MaximumLoginAttempts default. */
export const DEFAULT_MAXIMUM_LOGIN_ATTEMPTS = 10;

// Mattermost's error for a locked account (app/authentication.go checkUserLoginAttempts) and its English text.
export const tooManyLoginAttempts = () =>
  new AppError(
    'api.user.check_user_login_attempts.too_many.app_error',
    'Your account is locked because of too many failed password attempts. Please reset your password.',
    401,
  );

// Enough to remember every name an attacker tries in a long burst; the oldest are forgotten beyond it.
const REMEMBERED_UNKNOWN_IDS = 10_000;

/**
 * Failed attempts for login ids that name no account. They lock exactly like real accounts do, so the lock
 * message never tells an attacker which names exist. Kept in memory: nothing about them is worth persisting.
 */
export class UnknownLoginAttempts {
  private readonly failures = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts an attempt for `loginId`; false when it is locked already. */
  reserve(loginId: string): boolean {
    const key = loginId.toLowerCase();
    const count = this.failures.get(key) ?? 0;
    if (count >= this.max) return false;
    this.failures.delete(key); // re-inserted last: the oldest entries are the ones dropped
    this.failures.set(key, count + 1);
    if (this.failures.size > REMEMBERED_UNKNOWN_IDS) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    return true;
  }
}
