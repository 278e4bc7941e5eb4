import { requireBaseUrl } from '../../../support/config';
import type { CasebookWorld } from '../../../support/world';
import { asUser } from '../other-user';

type Config = Record<string, Record<string, unknown>>;

/** The server config as the system admin reads it (`GET /api/v4/config`). */
export function serverConfig(world: CasebookWorld): Promise<Config> {
  return asUser(requireBaseUrl(world.config), world.credentials('admin'), (admin) =>
    admin.get<Config>('/api/v4/config'),
  );
}

export function configValue(config: Config, key: string): unknown {
  const [section, name] = key.split('.');
  return config[section]?.[name];
}

const snapshotTaken = new WeakSet<CasebookWorld>();

/**
 * Before a scenario first changes the server config, keeps a copy and registers its restoration, so that the
 * next scenario starts from the same config whatever this one saved (Cypress specs restore `origConfig` alike).
 */
export async function keepConfigForCleanup(world: CasebookWorld): Promise<void> {
  if (snapshotTaken.has(world)) return;
  snapshotTaken.add(world);
  const original = await serverConfig(world);
  world.onCleanup(() =>
    asUser(requireBaseUrl(world.config), world.credentials('admin'), (admin) =>
      admin.send('PUT', '/api/v4/config', original),
    ),
  );
}
