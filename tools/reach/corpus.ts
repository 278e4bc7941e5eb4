import fs from 'node:fs';
import path from 'node:path';
import { convertCases, loadCases } from '../generate/index';
import { isWebCore, webCoreExclusion } from './web-core';

/** One corpus case as `npm run reach` sees it, with its generated feature. */
export interface ReachCase {
  key: string;
  /** Relative to the corpus root, posix ("channels/messaging/MM-T2132.md"). */
  path: string;
  name: string;
  webCore: boolean;
  /** Why the case is not web core (undefined when it is). */
  notWebCore?: string;
  manual: boolean;
  noSteps: boolean;
  featureText: string;
}

export interface LoadedCorpus {
  cases: ReachCase[];
  /** Bad input found while loading ("file:line: message"). */
  problems: string[];
}

export type CaseFilter = (relPath: string, key: string) => boolean;

/**
 * Loads every case under `casesDir` (or those `select` keeps) and converts them as `npm run generate` does (in
 * memory: `writeFeatures` puts the ones to run on disk). Called cases are found among all of them.
 */
export function loadCorpus(casesDir: string, select: CaseFilter = () => true): LoadedCorpus {
  const loaded = loadCases(casesDir);
  const cases: ReachCase[] = [];
  convertCases(loaded).forEach((converted, index) => {
    const model = loaded.models[index];
    if (!select(model.relPath, model.key)) return;
    const noSteps = converted.tags.includes('@no-steps');
    const input = {
      relPath: model.relPath,
      name: model.name,
      environments: model.meta.environments,
      noSteps,
    };
    cases.push({
      key: model.key,
      path: model.relPath,
      name: model.name,
      webCore: isWebCore(input),
      notWebCore: webCoreExclusion(input),
      manual: converted.tags.includes('@manual'),
      noSteps,
      featureText: converted.featureText,
    });
  });
  const problems = loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  return { cases, problems };
}

/** Writes features under `dir` as `<name>.feature`; returns the absolute file of each name. */
export function writeFeatures(dir: string, features: { name: string; text: string }[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const { name, text } of features) {
    const file = path.resolve(dir, `${name}.feature`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files.set(name, file);
  }
  return files;
}

/**
 * `--only`: a glob over the case path relative to the corpus ("channels/messaging/**", "**\/MM-T21*"); a pattern
 * without "/" also matches the key or the file name alone ("MM-T2132", "MM-T21*"). Several, separated by commas,
 * match a case that any of them matches ("MM-T2084,MM-T496").
 */
export function globMatcher(globs: string): CaseFilter {
  const matchers = globs
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean)
    .map(oneGlob);
  return (relPath, key) => matchers.some((matches) => matches(relPath, key));
}

function oneGlob(glob: string): CaseFilter {
  const pattern = globToRegExp(glob);
  if (glob.includes('/')) return (relPath) => pattern.test(relPath);
  return (relPath, key) => pattern.test(key) || pattern.test(path.posix.basename(relPath));
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches any number of folders, including none.
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern naming a case file may leave out ".md".
  return new RegExp(`^${source}(?:\\.md)?$`);
}
