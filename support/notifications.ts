import type { BrowserContext } from 'playwright';
import { pageScript } from './page-scripts';

export interface CapturedNotification {
  title: string;
  body: string;
  tag: string;
  requireInteraction: boolean;
  /** Address of the page that raised it. */
  url: string;
  at: number;
}

/** Name of the binding page-scripts/notification-spy.js reports to. */
const BINDING = '__casebookOnNotification';

/** Every desktop notification raised in one browser session (all its tabs, across reloads). */
export class NotificationLog {
  readonly all: CapturedNotification[] = [];
  private readonly listeners = new Set<() => void>();

  /** Grants the permission for the app's origin and starts capturing in every page of the context. */
  async attach(context: BrowserContext, origin: string): Promise<void> {
    await context.grantPermissions(['notifications'], { origin });
    await context.exposeBinding(BINDING, (_source, notification: CapturedNotification) =>
      this.add(notification),
    );
    await context.addInitScript({ content: pageScript('notification-spy') });
  }

  add(notification: CapturedNotification): void {
    this.all.push(notification);
    for (const listener of [...this.listeners]) listener();
  }

  /** Calls `listener` on every new notification until the returned function is called. */
  onAdd(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  describe(): string {
    if (this.all.length === 0) return 'none was raised';
    return `raised: ${this.all.map((n) => JSON.stringify(`${n.title}: ${n.body}`)).join(', ')}`;
  }
}

/**
 * The first notification in any of `logs` (already captured or still to come) that matches; rejects after
 * timeoutMs with what was raised instead.
 */
export function waitForNotification(
  logs: NotificationLog[],
  matches: (n: CapturedNotification) => boolean,
  timeoutMs: number,
): Promise<CapturedNotification> {
  const find = () => logs.flatMap((log) => log.all).find(matches);
  return new Promise((resolve, reject) => {
    const unsubscribe: (() => void)[] = [];
    const settle = (done: () => void) => {
      clearTimeout(timer);
      for (const stop of unsubscribe) stop();
      done();
    };
    const check = () => {
      const found = find();
      if (found) settle(() => resolve(found));
    };
    const timer = setTimeout(() => {
      const seen = logs.map((log) => log.describe()).join('; ');
      settle(() =>
        reject(new Error(`no matching desktop notification within ${formatSeconds(timeoutMs)} (${seen})`)),
      );
    }, timeoutMs);
    for (const log of logs) unsubscribe.push(log.onAdd(check));
    check();
  });
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
