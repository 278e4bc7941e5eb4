import type { ChannelRow } from '../db/channels';
import type { PostRow } from '../db/posts';
import type { SessionStore } from '../db/sessions';
import type { UserRow } from '../db/users';
import { presentPost } from '../present';
import type { Connection } from './connection';

/** The open websockets; events go only to connections whose session is still alive, as in Mattermost. */
export class WebSocketHub {
  private readonly connections = new Set<Connection>();

  constructor(
    private readonly options: {
      sessions: SessionStore;
      memberIds: (channelId: string) => string[];
      version: string;
    },
  ) {}

  add(connection: Connection): void {
    this.connections.add(connection);
  }

  remove(connection: Connection): void {
    this.connections.delete(connection);
  }

  /** A revoked session's socket stays open but silently stops receiving events (no "logout" event exists). */
  isLive(connection: Connection): boolean {
    return connection.isAuthenticated && this.options.sessions.byToken(connection.token) !== undefined;
  }

  sendHello(connection: Connection): void {
    connection.sendEvent(
      'hello',
      { connection_id: connection.id, server_version: this.options.version },
      { user_id: connection.userId },
    );
  }

  publishPost(channel: ChannelRow, post: PostRow, sender: UserRow): void {
    const members = new Set(this.options.memberIds(channel.id));
    const data = {
      channel_display_name: channel.display_name,
      channel_name: channel.name,
      channel_type: channel.type,
      post: JSON.stringify(presentPost(post)),
      sender_name: `@${sender.username}`,
      set_online: true,
      team_id: channel.team_id,
    };
    for (const connection of this.connections) {
      if (members.has(connection.userId) && this.isLive(connection)) {
        connection.sendEvent('posted', data, { channel_id: channel.id });
      }
    }
  }

  /** Sends `event` to the live connections of the channel's members (post_edited, post_deleted, …). */
  publishToChannel(channelId: string, event: string, data: Record<string, unknown>): void {
    const members = new Set(this.options.memberIds(channelId));
    for (const connection of this.connections) {
      if (members.has(connection.userId) && this.isLive(connection)) {
        connection.sendEvent(event, data, { channel_id: channelId });
      }
    }
  }

  /** Sends `event` to every live connection (Mattermost broadcasts `status_change` to all users). */
  publishToAll(event: string, data: Record<string, unknown>): void {
    for (const connection of this.connections) {
      if (this.isLive(connection)) connection.sendEvent(event, data);
    }
  }

  /** Sends `event` to the live connections of the given users (leave_team, added_to_team, …). */
  publishToUsers(userIds: string[], event: string, data: Record<string, unknown>, teamId = ''): void {
    const users = new Set(userIds);
    for (const connection of this.connections) {
      if (users.has(connection.userId) && this.isLive(connection)) {
        connection.sendEvent(event, data, { team_id: teamId, user_id: connection.userId });
      }
    }
  }

  closeAll(): void {
    for (const connection of this.connections) connection.close();
    this.connections.clear();
  }
}
