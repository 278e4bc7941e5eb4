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
  /**
   * Set by the files area: which of a new post's `file_ids` the author may attach (their own uploads to that
   * channel, not attached yet), and marking them attached once the post exists. Without it posts take no files.
   */
  postFiles?: PostFiles;
}

export interface PostFiles {
  /** The ids among `fileIds` that `userId` may attach to a post in `channelId`, in their order. */
  claimable(fileIds: string[], userId: string, channelId: string): string[];
  attach(fileIds: string[], postId: string): void;
}
