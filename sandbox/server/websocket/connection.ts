import type { WebSocket } from 'ws';
import { newId } from '../auth/ids';

interface Broadcast {
  channel_id?: string;
  team_id?: string;
  user_id?: string;
}

/** One client socket: its own event sequence, and the session token it authenticated with (if any yet). */
export class Connection {
  readonly id = newId();
  private seq = 0;
  token = '';
  userId = '';

  constructor(private readonly socket: WebSocket) {}

  get isAuthenticated(): boolean {
    return this.token !== '';
  }

  sendEvent(event: string, data: Record<string, unknown>, broadcast: Broadcast = {}): void {
    this.send({
      event,
      data,
      broadcast: { omit_users: null, user_id: '', channel_id: '', team_id: '', ...broadcast },
      seq: this.seq++,
    });
  }

  reply(seqReply: number, status: 'OK' | 'FAIL', extra: Record<string, unknown> = {}): void {
    this.send({ status, seq_reply: seqReply, ...extra });
  }

  close(): void {
    this.socket.close();
  }

  private send(message: unknown): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message));
  }
}
