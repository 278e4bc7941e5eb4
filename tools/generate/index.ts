/**
 * Programmatic API of the converter (used by tools/coverage and tools/report), writing nothing:
 *
 *   const loaded = loadCases('cases');            // every cases/<path>/<KEY>.md parsed into a CaseModel
 *   for (const c of convertCases(loaded)) {        // one ConvertedCase per valid case, in path order
 *     c.featureText;                               // the exact text `npm run generate` writes
 *     c.scenarioName;                              // "MM-T418: Session expires when …"
 *     c.tags;                                      // ['@MM-T418', '@TestCaseKey=MM-T418', '@priority:low', …]
 *     c.steps;                                     // [{ keyword: 'Given', text, kind: 'context'|'action'|'expected',
 *   }                                              //    mdFile: 'cases/…/MM-T418.md', mdLine: 49 }, …]
 *
 * `loaded.problems` lists bad input as `{ file, line, message }` (files with errors are left out of `models`).
 * `generate()` is what `npm run generate` runs; `sourceLocationOf()` maps a feature line back to markdown.
 */
import path from 'node:path';
import type { CaseModel, InputProblem } from '../case';
import { type ConvertedCase, convertCase } from '../gherkin';
import { CaseSet } from './case-set';
import { findCaseFiles } from './discover';

export type { CaseModel, InputProblem } from '../case';
export { type ConvertedCase, type FeatureStep, sourceLocationOf } from '../gherkin';
export { type GenerateOptions, type GenerateReport, generate } from './run';

export interface LoadedCases {
  /** Valid cases in path order (a duplicated key keeps only its first file). */
  models: CaseModel[];
  problems: InputProblem[];
  /** Finds a case by key among the loaded ones (called cases are resolved with it). */
  resolve: (key: string) => CaseModel | undefined;
}

/** Parses every case under `casesDir`; paths in models and problems are relative to `rootDir` (default cwd). */
export function loadCases(casesDir: string, options: { rootDir?: string } = {}): LoadedCases {
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  const cases = new CaseSet(findCaseFiles(path.resolve(casesDir), rootDir));
  const models: CaseModel[] = [];
  const problems: InputProblem[] = [];
  for (const found of cases.casesIn(cases.files)) {
    problems.push(...found.problems);
    if (found.model) models.push(found.model);
  }
  return { models, problems, resolve: cases.resolve };
}

/** Converts loaded cases to features in memory (the same text `npm run generate` writes). */
export function convertCases(loaded: LoadedCases): ConvertedCase[] {
  return loaded.models.map((model) => convertCase(model, loaded.resolve));
}
