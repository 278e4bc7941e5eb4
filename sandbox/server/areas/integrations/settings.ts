import type { Db } from '../../db/database';

/** The ServiceSettings that govern integrations, with Mattermost's defaults (model/config.go). */
export interface IntegrationSettings {
  EnableIncomingWebhooks: boolean;
  EnableOutgoingWebhooks: boolean;
  EnableCommands: boolean;
  EnablePostUsernameOverride: boolean;
  EnablePostIconOverride: boolean;
}

const DEFAULTS: IntegrationSettings = {
  EnableIncomingWebhooks: true,
  EnableOutgoingWebhooks: true,
  EnableCommands: true,
  EnablePostUsernameOverride: false,
  EnablePostIconOverride: false,
};

/**
 * The settings as the System Console saved them (its config row, when the console area is installed and has
 * saved one), each missing key at Mattermost's default. Read on every use: a change in the console applies at once.
 */
export function integrationSettings(db: Db): IntegrationSettings {
  const saved = savedServiceSettings(db);
  const settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof IntegrationSettings)[]) {
    if (typeof saved[key] === 'boolean') settings[key] = saved[key] as boolean;
  }
  return settings;
}

/** ServiceSettings as the console last saved them ({} before any save). */
export function savedServiceSettings(db: Db): Record<string, unknown> {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'console_config'")
    .get();
  if (!table) return {};
  const row = db.prepare('SELECT json FROM console_config WHERE id = 1').get() as
    | { json: string }
    | undefined;
  if (!row) return {};
  const config = JSON.parse(row.json) as { ServiceSettings?: Record<string, unknown> };
  return config.ServiceSettings ?? {};
}
