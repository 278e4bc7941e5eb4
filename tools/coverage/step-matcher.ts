import v8 from 'node:v8';
import { asTwoByte, type PartCache, patternTester } from './pattern-parts';
import {
  type CachedDefinition,
  libraryHash,
  readCachedDefinitions,
  writeCachedDefinitions,
} from './step-cache';

interface LoadedDefinition {
  uri: string;
  line: number;
  pattern: string | RegExp;
  unwrappedCode: (...args: unknown[]) => unknown;
  matchesStepName(text: string): boolean;
}

interface LoadedLibrary {
  stepDefinitions: LoadedDefinition[];
}

/** One step definition as tools see it. */
export interface StepDefinitionInfo {
  /** "steps/x.steps.ts:12" */
  location: string;
  uri: string;
  line: number;
  /** A RegExp, or a Cucumber expression as written. */
  pattern: RegExp | string;
  /** Names of the step function's parameters (only when loaded through Cucumber). */
  parameters?: string[];
}

export interface StepMatcher {
  /** Locations ("steps/x.steps.ts:12") of the step definitions matching `text`: none is unbound, more than one
   *  is ambiguous (Cucumber fails such steps). */
  matching(text: string): string[];
  definitionCount: number;
  definitions: StepDefinitionInfo[];
}

/**
 * The project's step definitions, loaded through Cucumber's own API from the default profile of cucumber.js,
 * so a text binds here exactly when it binds in `npm run bdd`.
 */
export async function loadStepMatcher(repoRoot: string): Promise<StepMatcher> {
  const { loadConfiguration, loadSupport } = await import('@cucumber/cucumber/api');
  const { runConfiguration } = await loadConfiguration(
    { file: 'cucumber.js', profiles: ['default'] },
    { cwd: repoRoot },
  );
  // This process already loads TypeScript (tools/ts-cache): no second loader.
  const options = { ...runConfiguration, support: { ...runConfiguration.support, requireModules: [] } };
  // The public type is opaque; the library it returns is Cucumber's SupportCodeLibrary.
  const { stepDefinitions: loaded } = (await loadSupport(options, {
    cwd: repoRoot,
  })) as unknown as LoadedLibrary;
  const definitions = loaded.map((d) => ({
    location: `${d.uri}:${d.line}`,
    uri: d.uri,
    line: d.line,
    pattern: d.pattern,
    parameters: parameterNames(d.unwrappedCode),
  }));
  compileRegexesOnce();
  const parts: PartCache = new Map();
  // Cucumber matches a RegExp step through a polyfill of match indices that wraps every group of the pattern in
  // another group: on the assertion grammar's large patterns that was most of a coverage or phrasebook run (and of
  // a check after a step change). Whether a RegExp step matches is whether its pattern does, so those are tested
  // directly; Cucumber expressions (strings) keep Cucumber's own matching.
  const matches = loaded.map((d) =>
    d.pattern instanceof RegExp
      ? patternTester(d.pattern.source, d.pattern.flags.replace('g', ''), parts)
      : (text: string) => d.matchesStepName(text),
  );
  return {
    matching: (text) => {
      const subject = asTwoByte(text);
      return definitions.filter((_, index) => matches[index](subject)).map((d) => d.location);
    },
    definitionCount: loaded.length,
    definitions,
  };
}

/**
 * The same matcher from the patterns cached by an earlier run with the same step library (see step-cache.ts):
 * a RegExp step binds a text exactly when its pattern matches it, which is all Cucumber does for them. Loads
 * through Cucumber, and caches, when there is no entry yet or when a definition is not a RegExp.
 */
export async function loadCachedStepMatcher(repoRoot: string): Promise<StepMatcher> {
  const hash = libraryHash(repoRoot);
  const cached = readCachedDefinitions(hash);
  if (cached) return matcherOf(cached);
  const matcher = await loadStepMatcher(repoRoot);
  const patterns = matcher.definitions.map((d) => d.pattern);
  if (patterns.every((pattern) => pattern instanceof RegExp)) {
    const entries = matcher.definitions.map(({ uri, line }, index) => {
      const { source, flags } = patterns[index] as RegExp;
      return { uri, line, source, flags };
    });
    writeCachedDefinitions(hash, entries);
  }
  return matcher;
}

function matcherOf(cached: CachedDefinition[]): StepMatcher {
  compileRegexesOnce();
  const parts: PartCache = new Map();
  const definitions = cached.map(({ uri, line, source, flags }) => ({
    location: `${uri}:${line}`,
    uri,
    line,
    pattern: new RegExp(source, flags.replace('g', '')),
    matches: patternTester(source, flags.replace('g', ''), parts),
  }));
  return {
    matching: (text) => {
      const subject = asTwoByte(text);
      return definitions.filter((d) => d.matches(subject)).map((d) => d.location);
    },
    definitionCount: definitions.length,
    definitions,
  };
}

/**
 * V8 first runs a new regex as bytecode and compiles it to machine code when it is used again ("tier-up"): the
 * assertion grammar's patterns (tens of KB each) were compiled twice, and the bytecode compile was the slower one
 * (≈3 s of CPU for one case against ≈0.8 s straight to machine code). A matcher uses its patterns on many lines,
 * so machine code at once is what it needs anyway. Regexes this process compiles later are concerned too: only
 * when, not whether, they match changes.
 */
function compileRegexesOnce(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}

/** `async function (label, kind) {…}` → ["label", "kind"] (types are gone once transpiled; `this` too). */
function parameterNames(code: (...args: unknown[]) => unknown): string[] {
  // Library steps are wrapped by steps/generic/define.ts, which keeps the body under this name.
  const body = (code as unknown as Record<string, unknown>).casebookStepBody ?? code;
  const list = /^[^(]*\(([^)]*)\)/.exec(String(body))?.[1] ?? '';
  return list
    .split(',')
    .map((name) => name.replace(/[:=].*$/s, '').trim())
    .filter((name) => name && name !== 'this');
}
