import type { SandboxConfig } from './config';
import type { Stores } from './db/stores';
import type { WebSocketHub } from './websocket/hub';

/** What every route module needs: configuration, the repositories and the live websocket connections. */
export interface SandboxContext {
  config: SandboxConfig & { siteName: string };
  stores: Stores;
  hub: WebSocketHub;
}
