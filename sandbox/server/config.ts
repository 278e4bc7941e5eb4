import path from 'node:path';
import { DEFAULT_MAXIMUM_LOGIN_ATTEMPTS } from './auth/login-attempts';
import { type PasswordCost, type ScryptParams, scryptParamsFor } from './auth/password';

/** Options accepted by `startSandbox` and the CLI. */
export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to bind; the sandbox never listens on public addresses by default. */
  host?: string;
  /** SQLite file; by default a file in a fresh temp folder that is removed on close. */
  dbFile?: string;
  /** Seed JSON applied when the database is empty; defaults to sandbox/seed/default.json. */
  seedFile?: string;
  /** How often the web app polls `POST /api/v4/users/status/ids` (Mattermost: 60 s). */
  statusIntervalMs?: number;
  /** Shown as the login page title and the session-expired notification title. */
  siteName?: string;
  logger?: boolean;
  /** scrypt cost of new password hashes (default `standard`; stored hashes carry their own cost). */
  passwordCost?: PasswordCost;
  /** Failed logins that lock an account until its password is reset (Mattermost's MaximumLoginAttempts, 10). */
  maximumLoginAttempts?: number;
}

export interface SandboxConfig {
  port: number;
  host: string;
  dbFile?: string;
  seedFile: string;
  statusIntervalMs: number;
  siteName?: string;
  logger: boolean;
  /** Mattermost version the sandbox imitates; sent in X-Version-Id and the client config. */
  version: string;
  sessionLengthMs: number;
  scrypt: ScryptParams;
  maximumLoginAttempts: number;
}

export const SANDBOX_VERSION = '9.11.0';
export const DEFAULT_SEED_FILE = path.resolve(__dirname, '../seed/default.json');
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

export function resolveConfig(options: SandboxOptions = {}): SandboxConfig {
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    dbFile: options.dbFile,
    seedFile: options.seedFile ?? DEFAULT_SEED_FILE,
    statusIntervalMs: options.statusIntervalMs ?? 60_000,
    siteName: options.siteName,
    logger: options.logger ?? false,
    version: SANDBOX_VERSION,
    // Mattermost's default web session length (SessionLengthWebInHours = 720).
    sessionLengthMs: THIRTY_DAYS_MS,
    scrypt: scryptParamsFor(options.passwordCost ?? 'standard'),
    maximumLoginAttempts: options.maximumLoginAttempts ?? DEFAULT_MAXIMUM_LOGIN_ATTEMPTS,
  };
}
