import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_COMMIT } from '../corpus';
import type { StepDefinitionInfo, StepMatcher } from '../coverage/step-matcher';
import { convertCases, loadCases } from '../generate';
import { areaOf, compareAreas } from './areas';
import type { PhrasebookData, PhrasebookExample, PhrasebookForm } from './data';

/** Examples kept per sentence form: two are shown, the rest help `npm run check` find a nearest sentence. */
const KEPT_EXAMPLES = 6;

/**
 * The phrasebook's content: every step definition with its doc comment, parameters, how many corpus lines (and
 * cases) bind to it alone, and real lines that do (the first ones in path order, one per case, each wording once).
 */
export function buildPhrasebook(repoRoot: string, corpus: string, matcher: StepMatcher): PhrasebookData {
  const forms = new Map<string, PhrasebookForm>(
    matcher.definitions.map((definition) => [definition.location, formOf(repoRoot, definition)]),
  );
  const seenCases = new Map<string, Set<string>>();
  const bindingCases = new Map<string, Set<string>>();
  const seenTexts = new Map<string, Set<string>>();
  const loaded = loadCases(corpus, { rootDir: corpus });
  // The same wording comes back case after case ("Login as sysadmin"): each is matched once.
  const matched = new Map<string, string[]>();
  const matching = (text: string) => {
    let matches = matched.get(text);
    if (!matches) {
      matches = matcher.matching(text);
      matched.set(text, matches);
    }
    return matches;
  };
  for (const converted of convertCases(loaded)) {
    if (converted.tags.includes('@no-steps')) continue;
    for (const step of converted.steps) {
      const matches = matching(step.text);
      if (matches.length !== 1) continue;
      const form = forms.get(matches[0]);
      if (!form) continue;
      form.binds += 1;
      getSet(bindingCases, form.location).add(converted.key);
      const cases = getSet(seenCases, form.location);
      const texts = getSet(seenTexts, form.location);
      const wording = step.text.toLowerCase();
      if (form.examples.length >= KEPT_EXAMPLES || cases.has(converted.key) || texts.has(wording)) continue;
      cases.add(converted.key);
      texts.add(wording);
      form.examples.push({ text: step.text, key: converted.key, path: converted.relPath });
    }
  }
  for (const form of forms.values()) form.cases = bindingCases.get(form.location)?.size ?? 0;
  const sorted = [...forms.values()].sort(
    (a, b) => compareAreas(a.area, b.area) || a.location.localeCompare(b.location, 'en', { numeric: true }),
  );
  return { corpusCommit: CORPUS_COMMIT, forms: sorted };
}

function getSet(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

function formOf(repoRoot: string, definition: StepDefinitionInfo): PhrasebookForm {
  const examples: PhrasebookExample[] = [];
  return {
    area: areaOf(definition.uri),
    location: definition.location,
    summary: docCommentAbove(path.join(repoRoot, definition.uri), definition.line),
    parameters: definition.parameters ?? [],
    binds: 0,
    cases: 0,
    examples,
  };
}

const sources = new Map<string, string[]>();

/** The `/** … *\/` comment right above the step's `defineStep(` line, as one line of text. */
function docCommentAbove(file: string, line: number): string {
  let lines = sources.get(file);
  if (!lines) {
    lines = fs.readFileSync(file, 'utf8').split('\n');
    sources.set(file, lines);
  }
  let end = line - 2;
  while (end >= 0 && lines[end].trim() === '') end--;
  if (end < 0 || !lines[end].trim().endsWith('*/')) return '';
  let start = end;
  while (start > 0 && !lines[start].trim().startsWith('/**')) start--;
  return lines
    .slice(start, end + 1)
    .map((text) =>
      text
        .trim()
        .replace(/^\/\*\*\s?|\*\/$|^\*\s?/g, '')
        .trim(),
    )
    .filter(Boolean)
    .join(' ')
    .replace(/\s*\*\/$/, '')
    .trim();
}
