import type { Browser, BrowserContext, Page } from 'playwright';
import type { Credentials } from './config';
import { bringToForeground, emulateTabFocus, sendToBackground } from './focus';
import { NotificationLog } from './notifications';

export interface Timeouts {
  actionMs: number;
  navigationMs: number;
  expectMs: number;
}

export interface SessionOptions {
  name: string;
  browser: Browser;
  baseUrl: string;
  timeouts: Timeouts;
  trace: boolean;
}

/**
 * One browser session as a tester has it: its own cookie jar (a fresh Playwright context), the tab the steps
 * act on, any other tabs opened, and the desktop notifications raised in it.
 */
export class BrowserSession {
  readonly notifications = new NotificationLog();
  /** Uncaught script errors of the session's pages ("the channel doesn't break" checks there are none). */
  readonly pageErrors: string[] = [];
  /** Who logged in through this session last, and when (set by the login steps). */
  user?: Credentials;
  loggedInAt?: number;
  private activeTab!: Page;
  private readonly tabs: Page[] = [];

  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    private readonly tracing: boolean,
  ) {}

  static async open(options: SessionOptions): Promise<BrowserSession> {
    const context = await options.browser.newContext({
      baseURL: options.baseUrl,
      viewport: { width: 1280, height: 800 },
    });
    context.setDefaultTimeout(options.timeouts.actionMs);
    context.setDefaultNavigationTimeout(options.timeouts.navigationMs);
    const session = new BrowserSession(options.name, context, options.trace);
    await session.notifications.attach(context, new URL(options.baseUrl).origin);
    await emulateTabFocus(context);
    if (options.trace) await context.tracing.start({ snapshots: true, screenshots: false, sources: false });
    session.adopt(await context.newPage());
    return session;
  }

  /** The tab the steps currently act on. */
  get page(): Page {
    return this.activeTab;
  }

  /** Opens another tab in the same session (same cookies) and moves the focus to it. */
  async openTab(url = 'about:blank'): Promise<Page> {
    const previous = this.activeTab;
    const tab = await this.context.newPage();
    this.adopt(tab);
    if (url !== 'about:blank') await tab.goto(url);
    await sendToBackground(previous);
    return tab;
  }

  /** Makes `tab` the active one: the others go to the background as the pages see it. */
  async focusTab(tab: Page): Promise<void> {
    for (const other of this.tabs) {
      if (other !== tab && !other.isClosed() && !other.url().startsWith('about:'))
        await sendToBackground(other);
    }
    this.activeTab = tab;
    await bringToForeground(tab);
  }

  /** The first tab opened in this session (the one a case calls "the original tab"). */
  get firstTab(): Page {
    return this.tabs[0];
  }

  /** Stops tracing; returns the trace zip when `keep` is set. */
  async stopTrace(keep: boolean, file: string): Promise<boolean> {
    if (!this.tracing) return false;
    await this.context.tracing.stop(keep ? { path: file } : undefined);
    return keep;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  private adopt(tab: Page): void {
    tab.on('pageerror', (error) => this.pageErrors.push(error.message));
    this.tabs.push(tab);
    this.activeTab = tab;
  }
}
