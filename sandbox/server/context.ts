import type { SandboxConfig } from './config';
import type { Stores } from './db/stores';
import type { WebSocketHub } from './websocket/hub';

/** What every route module needs: configuration, the repositories and the live websocket connections. */
export interface SandboxContext {
  config: SandboxConfig & { siteName: string };
  stores: Stores;
  hub: WebSocketHub;
  /**
   * Areas that own server settings add the client-config keys they decide here (the System Console's stored
   * config decides SiteName, …); `GET /api/v4/config/client` lays them over the core keys, later parts winning.
   */
  clientConfigParts: (() => Record<string, string>)[];
}
