/**
 * The nearest sentence the library understands, for an unbound line: real corpus lines that bind (the
 * phrasebook's examples, docs/phrasebook.json), compared by letter pairs. Examples that no longer bind (a step
 * changed since the phrasebook was written) are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { similarity } from '../../steps/generic/similarity';
import type { StepMatcher } from '../coverage/step-matcher';
import type { PhrasebookData } from '../phrasebook/data';

export interface Example {
  text: string;
  key: string;
}

/** Below this the "nearest" sentence would only mislead. */
const MIN_SIMILARITY = 0.35;

export function loadExamples(repoRoot: string, matcher: StepMatcher): Example[] {
  const file = path.join(repoRoot, 'docs', 'phrasebook.json');
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as PhrasebookData;
  return data.forms
    .flatMap((form) => form.examples)
    .filter((example) => matcher.matching(example.text).length === 1);
}

export function nearestExample(text: string, examples: readonly Example[]): Example | undefined {
  let best: Example | undefined;
  let bestScore = MIN_SIMILARITY;
  for (const example of examples) {
    const score = similarity(text, example.text);
    if (score > bestScore) {
      best = example;
      bestScore = score;
    }
  }
  return best;
}
