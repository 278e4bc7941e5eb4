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
  private waiters: Array<() => void> = [];

  /** Grants the permission for the app's origin and starts capturing in every page of the context. */
  async attach(context: BrowserContext, origin: string): Promise<void> {
    await context.grantPermissions(['notifications'], { origin });
    await context.exposeBinding(BINDING, (_source, notification: CapturedNotification) => this.add(notification));
    await context.addInitScript({ content: pageScript('notification-spy') });
  }

  add(notification: CapturedNotification): void {
    this.all.push(notification);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** The first notification (already captured or still to come) that matches; rejects after timeoutMs. */
  async waitFor(matches: (n: CapturedNotification) => boolean, timeoutMs: number): Promise<CapturedNotification> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.all.find(matches);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no matching desktop notification within ${formatSeconds(timeoutMs)} (${this.describe()})`);
      }
      await this.nextOrTimeout(left);
    }
  }

  describe(): string {
    if (this.all.length === 0) return 'none was raised';
    return `raised: ${this.all.map((n) => JSON.stringify(`${n.title}: ${n.body}`)).join(', ')}`;
  }

  private nextOrTimeout(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
