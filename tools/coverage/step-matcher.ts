import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';

interface LoadedDefinition {
  uri: string;
  line: number;
  matchesStepName(text: string): boolean;
}

interface LoadedLibrary {
  stepDefinitions: LoadedDefinition[];
}

export interface StepMatcher {
  /** Locations ("steps/x.steps.ts:12") of the step definitions matching `text`: none is unbound, more than one
   *  is ambiguous (Cucumber fails such steps). */
  matching(text: string): string[];
  definitionCount: number;
}

/**
 * The project's step definitions, loaded through Cucumber's own API from the default profile of cucumber.js,
 * so a text binds here exactly when it binds in `npm run bdd`.
 */
export async function loadStepMatcher(repoRoot: string): Promise<StepMatcher> {
  const { runConfiguration } = await loadConfiguration(
    { file: 'cucumber.js', profiles: ['default'] },
    { cwd: repoRoot },
  );
  // This process already compiles TypeScript (tsx): no second loader.
  const options = { ...runConfiguration, support: { ...runConfiguration.support, requireModules: [] } };
  // The public type is opaque; the library it returns is Cucumber's SupportCodeLibrary.
  const { stepDefinitions: definitions } = (await loadSupport(options, {
    cwd: repoRoot,
  })) as unknown as LoadedLibrary;
  return {
    matching: (text) => definitions.filter((d) => d.matchesStepName(text)).map((d) => `${d.uri}:${d.line}`),
    definitionCount: definitions.length,
  };
}
