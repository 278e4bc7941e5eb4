import type { Page } from 'playwright';
import { apiGet } from '../api';

/**
 * The server's password rule as the web app reads it from the client config (PasswordMinimumLength; at most 64
 * characters in every Mattermost version), for lines whose quoted error "depends on the server's password
 * requirements": the corpus quotes "between 5 and 64 characters" from servers of the time, today's default is 8.
 */
export async function passwordLengths(page: Page): Promise<{ min: number; max: number }> {
  const config = await apiGet<Record<string, string>>(page.context(), '/api/v4/config/client?format=old');
  const min = Number(config.PasswordMinimumLength);
  if (!Number.isInteger(min) || min <= 0) {
    throw new Error(
      `the server's client config has no PasswordMinimumLength (got "${config.PasswordMinimumLength}")`,
    );
  }
  return { min, max: 64 };
}

const LENGTHS = /between\s+\d+\s+and\s+\d+\s+characters/i;

/** The quoted password error with the lengths this server asks for ("between 5 and 64" → "between 8 and 64"). */
export async function withServerLengths(page: Page, text: string): Promise<string> {
  if (!LENGTHS.test(text)) return text;
  const { min, max } = await passwordLengths(page);
  return text.replace(LENGTHS, `between ${min} and ${max} characters`);
}
