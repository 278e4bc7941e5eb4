import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';

interface LoadedLibrary {
  stepDefinitions: { matchesStepName(text: string): boolean }[];
}

export interface StepMatcher {
  /** How many step definitions match `text`: 0 unbound, 1 bound, more is ambiguous (Cucumber fails such steps). */
  count(text: string): number;
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
    count: (text) => definitions.filter((definition) => definition.matchesStepName(text)).length,
    definitionCount: definitions.length,
  };
}
