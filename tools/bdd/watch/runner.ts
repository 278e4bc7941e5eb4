/**
 * Cucumber in this process, its step library loaded once: each re-run only parses the changed features and runs
 * their scenarios (no new process, no second load of Playwright or the steps). The browser server and the
 * sandbox are the watch session's; every run connects to them again (AfterAll closes the connection only).
 */
import type { IRunEnvironment } from '@cucumber/cucumber/api';

type Api = typeof import('@cucumber/cucumber/api');
type Library = Awaited<ReturnType<Api['loadSupport']>>;

export class InProcessCucumber {
  private api?: Api;
  private library?: Library;

  constructor(private readonly environment: IRunEnvironment) {}

  /** Loads the step library (once); its load time is the watch session's, not each change's. */
  async load(): Promise<void> {
    this.api ??= await import('@cucumber/cucumber/api');
    if (this.library) return;
    const { runConfiguration } = await this.configuration([]);
    this.library = await this.api.loadSupport(runConfiguration, this.environment);
  }

  /** Runs the scenarios of these features; true when they all passed. */
  async run(features: string[]): Promise<boolean> {
    await this.load();
    const api = this.api as Api;
    const { runConfiguration } = await this.configuration(features);
    const result = await api.runCucumber(
      { ...runConfiguration, support: this.library as Library },
      this.environment,
    );
    return result.success;
  }

  private async configuration(paths: string[]) {
    const api = this.api as Api;
    const loaded = await api.loadConfiguration(
      { file: 'cucumber.js', profiles: ['default'], provided: { paths } },
      this.environment,
    );
    // This process already compiles TypeScript (the swc cache of `npm run bdd`): no second loader.
    const support = { ...loaded.runConfiguration.support, requireModules: [] };
    return { runConfiguration: { ...loaded.runConfiguration, support } };
  }
}
