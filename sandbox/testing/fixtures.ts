import path from 'node:path';
import { Client4 } from '@mattermost/client';
import { type SandboxOptions, startSandbox } from '../server/index';

export const TEST_SEED = path.resolve(__dirname, '../seed/test.json');

/** The accounts of seed/test.json. */
export const ACCOUNTS = {
  admin: { username: 'sysadmin', password: 'Sys@dmin-sample1' },
  user1: { username: 'user-1', password: 'SampleUs@r-1' },
  user2: { username: 'user-2', password: 'SampleUs@r-2' },
} as const;

export type Account = (typeof ACCOUNTS)[keyof typeof ACCOUNTS];

export function startTestSandbox(options: SandboxOptions = {}) {
  return startSandbox({ seedFile: TEST_SEED, ...options });
}

/** A Client4 that is logged in (its own session, Bearer auth). */
export async function loggedInClient(url: string, account: Account): Promise<Client4> {
  const client = new Client4();
  client.setUrl(url);
  await client.login(account.username, account.password);
  return client;
}

/** Runs `action` and returns the Client4 error it throws (fails if it does not throw). */
export async function clientError(action: () => Promise<unknown>): Promise<{
  status_code: number;
  server_error_id: string;
  message: string;
}> {
  try {
    await action();
  } catch (error) {
    return error as { status_code: number; server_error_id: string; message: string };
  }
  throw new Error('expected the request to fail');
}
