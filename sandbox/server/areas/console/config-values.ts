import { allSettings, type SettingFact } from './definition';

/** Mattermost's config JSON: sections of settings (`{ TeamSettings: { SiteName: "…" } }`). */
export type ConfigJson = Record<string, Record<string, unknown>>;

/** The settings the config JSON holds (an image setting is a file the server keeps apart: the brand image). */
function configSettings() {
  return allSettings().filter(({ setting }) => setting.type !== 'image');
}

/** The default config: every setting of the table at its default, with overrides (e.g. the seed's site name). */
export function defaultConfig(overrides: Record<string, unknown> = {}): ConfigJson {
  const config: ConfigJson = {};
  for (const { setting } of configSettings()) {
    const value = setting.key in overrides ? overrides[setting.key] : setting.default;
    writePath(config, setting.key, value);
  }
  return config;
}

export function readPath(config: ConfigJson, key: string): unknown {
  const [section, name] = key.split('.');
  return config[section]?.[name];
}

export function writePath(config: ConfigJson, key: string, value: unknown): void {
  const [section, name] = key.split('.');
  config[section] ??= {};
  config[section][name] = value;
}

/**
 * `base` with every setting of the table that `incoming` carries laid over it; a value of the wrong JSON type is
 * named (Mattermost fails to unmarshal such a body as a whole). Keys the table does not know are ignored, as
 * Mattermost ignores unknown config fields.
 */
export function mergeConfig(base: ConfigJson, incoming: unknown): { config: ConfigJson; badKey?: string } {
  const config = structuredClone(base);
  if (!isObject(incoming)) return { config, badKey: 'config' };
  for (const { setting } of configSettings()) {
    const [section, name] = setting.key.split('.');
    const part = incoming[section];
    if (part === undefined) continue;
    if (!isObject(part)) return { config, badKey: section };
    if (!(name in part)) continue;
    if (!hasType(setting, part[name])) return { config, badKey: setting.key };
    config[section][name] = part[name];
  }
  return { config };
}

function hasType(setting: SettingFact, value: unknown): boolean {
  if (setting.type === 'bool') return typeof value === 'boolean';
  if (setting.type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
