import type { BrowserSession } from './session';
import type { StepPosition } from './step-positions';

export type SessionFactory = (name: string) => Promise<BrowserSession>;

/** The session every scenario starts in: "the original session". */
export const ORIGINAL = 'original';

/**
 * The browser sessions of one scenario, by name, and which one the steps currently act in. Also remembers at
 * which step each session was created, so "the session created in step 1" can be resolved.
 */
export class SessionRegistry {
  private readonly byName = new Map<string, BrowserSession>();
  private readonly createdAt = new Map<BrowserSession, StepPosition | undefined>();
  private readonly usedAt: { position: StepPosition; session: BrowserSession }[] = [];
  private active?: BrowserSession;
  private separateCount = 0;

  constructor(private readonly open: SessionFactory) {}

  /** The session steps act in; the original one is opened on first use. */
  async current(at?: StepPosition): Promise<BrowserSession> {
    this.active ??= await this.named(ORIGINAL, at);
    return this.active;
  }

  /** Switches to the session called `name`, opening it when it does not exist yet. */
  async switchTo(name: string, at?: StepPosition): Promise<BrowserSession> {
    this.active = await this.named(name.toLowerCase(), at);
    return this.active;
  }

  /** Opens a new session ("a separate browser session") and switches to it. */
  async openSeparate(at?: StepPosition): Promise<BrowserSession> {
    this.separateCount += 1;
    return this.switchTo(`separate ${this.separateCount}`, at);
  }

  /** The latest separate session ("the separate session", "the second browser"). */
  latestSeparate(): BrowserSession | undefined {
    return this.byName.get(`separate ${this.separateCount}`);
  }

  /** Notes which session a step acted in (called after every step). */
  noteUse(position: StepPosition): void {
    if (this.active) this.usedAt.push({ position, session: this.active });
  }

  /**
   * The session created by action `n` of the given Step block; if that action created none, the session it
   * acted in. With fewer than `n` actions in the block, `n` is read as the number of a Step block instead.
   */
  createdInStep(n: number, block: number | undefined): BrowserSession | undefined {
    const inBlock = (p?: StepPosition) => p?.block === block && p?.action === n;
    const inOtherBlock = (p?: StepPosition) => p?.block === n;
    const blockHasStep = this.usedAt.some((u) => inBlock(u.position));
    const matches = blockHasStep ? inBlock : inOtherBlock;
    for (const [session, position] of this.createdAt) if (matches(position)) return session;
    return this.usedAt.find((u) => matches(u.position))?.session;
  }

  get(name: string): BrowserSession | undefined {
    return this.byName.get(name.toLowerCase());
  }

  all(): BrowserSession[] {
    return [...this.byName.values()];
  }

  get currentOrUndefined(): BrowserSession | undefined {
    return this.active;
  }

  async closeAll(): Promise<void> {
    const sessions = this.all();
    this.byName.clear();
    this.active = undefined;
    await Promise.allSettled(sessions.map((s) => s.close()));
  }

  private async named(name: string, at?: StepPosition): Promise<BrowserSession> {
    const existing = this.byName.get(name);
    if (existing) return existing;
    const session = await this.open(name);
    this.byName.set(name, session);
    this.createdAt.set(session, at);
    return session;
  }
}
