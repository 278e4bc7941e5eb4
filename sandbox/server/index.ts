import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from './app';
import { loadAreas } from './areas/load';
import { resolveConfig, type SandboxConfig, type SandboxOptions } from './config';
import type { SandboxContext } from './context';
import { openDatabase } from './db/database';
import { createStores, type Stores } from './db/stores';
import { applySeed } from './seed/apply';
import { loadSeed } from './seed/load';
import type { Seed } from './seed/schema';
import { WebSocketHub } from './websocket/hub';

export type { SandboxOptions } from './config';
export { SeedError } from './seed/load';

export interface RunningSandbox {
  url: string;
  close(): Promise<void>;
}

/** Starts a seeded sandbox server; `close()` stops it and removes the default temp database. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const config = resolveConfig(options);
  const seed = loadSeed(config.seedFile);
  const tempDir = config.dbFile ? undefined : mkdtempSync(path.join(tmpdir(), 'casebook-sandbox-'));
  const removeTemp = () => tempDir && rmSync(tempDir, { recursive: true, force: true });
  const areas = loadAreas();
  const db = openDatabase(config.dbFile ?? path.join(tempDir!, 'sandbox.db'));
  try {
    for (const area of areas) if (area.schema) db.exec(area.schema);
    const ctx = await createContext(config, createStores(db), seed);
    const app = await buildApp(ctx, areas);
    await app.listen({ port: config.port, host: config.host });
    const { port } = app.server.address() as { port: number };
    return {
      url: `http://${config.host}:${port}`,
      close: async () => {
        ctx.hub.closeAll();
        await app.close();
        db.close();
        removeTemp();
      },
    };
  } catch (error) {
    db.close();
    removeTemp();
    throw error;
  }
}

async function createContext(config: SandboxConfig, stores: Stores, seed: Seed): Promise<SandboxContext> {
  // An existing database file keeps its data; only an empty one is seeded.
  if (stores.users.count() === 0) await applySeed(stores, seed, config.scrypt);
  const hub = new WebSocketHub({
    sessions: stores.sessions,
    memberIds: (channelId) => stores.channels.memberIds(channelId),
    version: config.version,
  });
  return {
    config: { ...config, siteName: config.siteName ?? seed.site_name ?? 'Mattermost' },
    stores,
    hub,
    clientConfigParts: [],
  };
}
