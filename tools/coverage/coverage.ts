import path from 'node:path';
import { convertCases, type LoadedCases, loadCases } from '../generate';
import { isWebCore, type WebCoreInput } from '../reach/web-core';
import type { StepMatcher } from './step-matcher';
import { type CaseLines, type LineKind, Tally } from './tally';

export interface CoverageOptions {
  casesDir: string;
  /** How many path segments of a case's folder name its group ("channels/messaging" with 2). */
  depth: number;
  /** Only the web-core cases (tools/reach/web-core.ts: what a browser against a Mattermost server could run). */
  webCore?: boolean;
}

export interface Coverage {
  tally: Tally;
  cases: number;
  runnable: number;
  problems: number;
  /** Lines that match several step definitions, with their locations. */
  ambiguous: string[];
  /**
   * Step definitions that bind lines of exactly one case, with that case's key: a step serves a phrase family,
   * so each of these is a sentence of one case until a second case uses its phrasing.
   */
  singleCase: { definition: string; key: string }[];
}

function webCoreInput(model: LoadedCases['models'][number], tags: string[]): WebCoreInput {
  return {
    relPath: model.relPath,
    name: model.name,
    environments: model.meta.environments,
    noSteps: tags.includes('@no-steps'),
  };
}

/** Group names of a case: overall, its folder, its P-level and its priority. */
function groupsOf(relPath: string, tags: string[], depth: number): string[] {
  const folder = path.dirname(relPath).split(/[\\/]/).slice(0, depth).join('/') || '.';
  const pLevel = tags.find((tag) => /^@P\d$/.test(tag))?.slice(1) ?? 'P?';
  const priority = tags.find((tag) => tag.startsWith('@priority:'))?.slice('@priority:'.length) ?? 'none';
  return ['all', `folder:${folder}`, `plevel:${pLevel}`, `priority:${priority}`];
}

/**
 * Converts every case under casesDir in memory (the converter's own API, so the texts are exactly those
 * `npm run generate` writes) and matches each action and expected line against the step definitions.
 */
export function measureCoverage(options: CoverageOptions, matcher: StepMatcher): Coverage {
  const loaded = loadCases(options.casesDir);
  const tally = new Tally();
  let runnable = 0;
  const ambiguous: string[] = [];
  const converted = convertCases(loaded).filter(
    (item, index) => !options.webCore || isWebCore(webCoreInput(loaded.models[index], item.tags)),
  );
  const casesOf = new Map<string, Set<string>>();
  for (const item of converted) {
    const noSteps = item.tags.includes('@no-steps');
    if (!noSteps && !item.tags.includes('@manual')) runnable += 1;
    const key = path.basename(item.relPath, '.md');
    const matched = noSteps ? [] : item.steps.map((step) => ({ step, at: matcher.matching(step.text) }));
    const lines: CaseLines['lines'] = matched.map(({ step, at }) => ({
      kind: (step.kind === 'expected' ? 'expected' : 'action') as LineKind,
      text: step.text,
      matches: at.length,
    }));
    tally.add({ groups: groupsOf(item.relPath, item.tags, options.depth), lines });
    for (const { step, at } of matched) {
      if (at.length > 1) ambiguous.push(`${step.text}  [${at.join(', ')}]`);
      for (const definition of at) {
        if (!casesOf.has(definition)) casesOf.set(definition, new Set());
        casesOf.get(definition)?.add(key);
      }
    }
  }
  const singleCase = [...casesOf]
    .filter(([, keys]) => keys.size === 1)
    .map(([definition, keys]) => ({ definition, key: [...keys][0] }))
    .sort((a, b) => a.definition.localeCompare(b.definition, 'en', { numeric: true }));
  return {
    tally,
    cases: converted.length,
    runnable,
    problems: loaded.problems.length,
    ambiguous,
    singleCase,
  };
}
