/**
 * The nearest sentence the library understands, for an unbound line: real corpus lines that bind (the
 * phrasebook's examples, docs/phrasebook.json), compared by letter pairs. Examples that no longer bind (a step
 * changed since the phrasebook was written) are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { squash } from '../../steps/generic/similarity';
import type { StepMatcher } from '../coverage/step-matcher';
import type { PhrasebookData } from '../phrasebook/data';

export interface Example {
  text: string;
  key: string;
}

/** Below this the "nearest" sentence would only mislead. */
const MIN_SIMILARITY = 0.35;

export function loadExamples(repoRoot: string): Example[] {
  const file = path.join(repoRoot, 'docs', 'phrasebook.json');
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as PhrasebookData;
  return data.forms.flatMap((form) => form.examples);
}

function letterPairs(text: string): Map<string, number> {
  const squashed = squash(text);
  const pairs = new Map<string, number>();
  for (let i = 0; i < squashed.length - 1; i++) {
    const pair = squashed.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/** Dice coefficient of the letter pairs: unlike the label matcher's similarity, a short sentence inside a long
 *  one ("Post:" in "Read through the resulting post") is not close. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [pair, count] of a) {
    shared += Math.min(count, b.get(pair) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total ? (2 * shared) / total : 0;
}

/** The closest example that still binds (checked only for the candidates, best first: matching is the cost). */
export function nearestExample(
  text: string,
  examples: readonly Example[],
  matcher: StepMatcher,
): Example | undefined {
  const target = letterPairs(text);
  const candidates = examples
    .map((example) => ({ example, score: dice(target, letterPairs(example.text)) }))
    .filter(({ score }) => score > MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  return candidates.find(({ example }) => matcher.matching(example.text).length === 1)?.example;
}
