import { type IWorldOptions, setWorldConstructor, World } from '@cucumber/cucumber';
import type { GherkinDocument } from '@cucumber/messages';
import type { Page } from 'playwright';
import { appOpener } from './app-entry';
import { workerBrowser } from './browser';
import {
  type Credentials,
  credentialsFor,
  type Role,
  type RunConfig,
  readRunConfig,
  recordsTrace,
  requireBaseUrl,
} from './config';
import { type Remembered, ScenarioMemory } from './memory';
import type { Observation } from './observations';
import { BrowserSession, type Timeouts } from './session';
import { SessionRegistry } from './session-registry';
import type { StepPosition } from './step-positions';
import { DEFAULT_TIMEOUTS } from './timeouts';

export interface CurrentStep {
  text: string;
  position?: StepPosition;
  source?: string;
  /** The step's DocString, or its DataTable rows. */
  argument?: string | string[][];
}

export interface WorldParameters {
  timeouts?: Partial<Timeouts>;
}

/** What every step sees as `this`: the run settings, the scenario's browser sessions and the current step. */
export class CasebookWorld extends World<WorldParameters> {
  readonly config: RunConfig;
  readonly timeouts: Timeouts;
  readonly sessions: SessionRegistry;
  /** The step being run, set by the BeforeStep hook; `source` is its markdown line ("cases/…/MM-T418.md:47"). */
  step: CurrentStep = { text: '' };
  /** The feature of the running scenario (for source lookups). */
  gherkinDocument?: GherkinDocument;
  /** Description of the step that failed, for the evidence attached to the scenario. */
  failedStep?: string;
  /** 0 on a scenario's first run, 1 on its first retry, … (set by the Before hook). */
  attempt = 0;
  /** What the current tab showed after each action step. */
  readonly observations: Observation[] = [];
  /** What the steps created or opened ("the message", "that channel"), for later lines that point back. */
  readonly memory = new ScenarioMemory();
  private readonly cleanups: (() => Promise<void>)[] = [];
  /** Who the tester is when a case does not say (System Console cases are an admin's: see system-console.steps). */
  startRole: Role = 'default';

  constructor(options: IWorldOptions<WorldParameters>) {
    super(options);
    this.config = readRunConfig();
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.parameters.timeouts };
    this.sessions = new SessionRegistry((name) => this.openSession(name));
  }

  /** The session the steps currently act in (the original one unless a step switched). */
  session(): Promise<BrowserSession> {
    return this.sessions.current(this.step.position);
  }

  /** The active tab of the current session, as it is (possibly blank). */
  async page(): Promise<Page> {
    return (await this.session()).page;
  }

  /**
   * The active tab of the current session, in the app: a session that has not been used yet is first brought
   * into the app (logged in) the way the domain steps registered, as manual cases assume a logged-in tester.
   */
  async appPage(): Promise<Page> {
    const session = await this.session();
    const open = appOpener();
    if (open && !session.user && session.page.url() === 'about:blank') await open(this, session);
    return session.page;
  }

  /** Records something a step created or opened, with the step it came from. */
  remember(kind: string, item: Remembered): void {
    this.memory.remember(kind, { at: this.step.position, ...item });
  }

  /** Registers an undo for a change a step made to shared server state (run after the scenario, last first). */
  onCleanup(undo: () => Promise<void>): void {
    this.cleanups.push(undo);
  }

  async runCleanups(): Promise<void> {
    for (const undo of this.cleanups.splice(0).reverse()) {
      await undo().catch((error) => this.log(`cleanup failed: ${(error as Error).message}`));
    }
  }

  credentials(role: Role = 'default'): Credentials {
    return credentialsFor(this.config, role);
  }

  private async openSession(name: string): Promise<BrowserSession> {
    const browser = await workerBrowser(this.config).get();
    return BrowserSession.open({
      name,
      browser,
      baseUrl: requireBaseUrl(this.config),
      timeouts: this.timeouts,
      trace: recordsTrace(this.config.trace, this.attempt),
    });
  }
}

setWorldConstructor(CasebookWorld);
