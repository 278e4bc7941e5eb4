import type { GherkinDocument, Step } from '@cucumber/messages';
import type { Source } from './plan';

/** The map lives in one trailing comment, so the feature stays readable: `# casebook-source-map: {json}`. */
const MARKER = '# casebook-source-map: ';

interface EncodedMap {
  /** Markdown files; steps refer to them by index (0 = the case itself). */
  files: string[];
  /** Line of the case's `name:`, for the Feature and Scenario lines. */
  feature: number;
  /** Per step in document order (Background first): "44" (file 0) or "2:17" (file 2, line 17). */
  steps: string;
}

/** The comment line that records where each step of a feature came from. */
export function encodeSourceMap(caseSource: Source, steps: readonly Source[]): string {
  const files = [caseSource.file];
  const encoded = steps.map(({ file, line }) => {
    let index = files.indexOf(file);
    if (index < 0) index = files.push(file) - 1;
    return index === 0 ? String(line) : `${index}:${line}`;
  });
  const map: EncodedMap = { files, feature: caseSource.line, steps: encoded.join(' ') };
  return MARKER + JSON.stringify(map);
}

const decoded = new WeakMap<GherkinDocument, EncodedMap | null>();

/**
 * Maps a line of a generated feature back to the markdown it came from: a step line (or a line of its DocString
 * or DataTable) to its markdown line, in the called case's file for steps expanded from one; the Feature and
 * Scenario lines to the case's `name:` line. Undefined for other lines and for features without a map.
 */
export function sourceLocationOf(
  gherkinDocument: GherkinDocument,
  featureLine: number,
): { file: string; line: number } | undefined {
  const map = mapOf(gherkinDocument);
  const feature = gherkinDocument.feature;
  if (!map || !feature) return undefined;
  const steps = documentSteps(gherkinDocument);
  const index = steps.findIndex(
    (step) => featureLine >= step.location.line && featureLine <= lastLineOf(step),
  );
  if (index >= 0) return decodeStep(map, index);
  const scenarioLines = feature.children.flatMap((child) =>
    child.scenario ? [child.scenario.location.line] : [],
  );
  if (featureLine === feature.location.line || scenarioLines.includes(featureLine)) {
    return { file: map.files[0], line: map.feature };
  }
  return undefined;
}

/** Steps in document order: Background steps, then each Scenario's (also inside Rules). */
export function documentSteps(gherkinDocument: GherkinDocument): Step[] {
  // Collected into one array: every generated feature is checked through this, so no array per child.
  const steps: Step[] = [];
  for (const child of gherkinDocument.feature?.children ?? []) {
    addSteps(steps, child);
    for (const inner of child.rule?.children ?? []) addSteps(steps, inner);
  }
  return steps;
}

function addSteps(
  steps: Step[],
  child: { background?: { steps: readonly Step[] }; scenario?: { steps: readonly Step[] } },
) {
  // Loops, not spreads: ~150,000 steps as arguments would overflow the stack.
  if (child.background) for (const step of child.background.steps) steps.push(step);
  if (child.scenario) for (const step of child.scenario.steps) steps.push(step);
}

function mapOf(gherkinDocument: GherkinDocument): EncodedMap | undefined {
  if (!decoded.has(gherkinDocument)) {
    const comment = gherkinDocument.comments.find((candidate) => candidate.text.startsWith(MARKER));
    decoded.set(gherkinDocument, comment ? parseMap(comment.text.slice(MARKER.length)) : null);
  }
  return decoded.get(gherkinDocument) ?? undefined;
}

function parseMap(json: string): EncodedMap | null {
  try {
    const map = JSON.parse(json) as EncodedMap;
    return Array.isArray(map.files) && typeof map.steps === 'string' ? map : null;
  } catch {
    return null;
  }
}

function decodeStep(map: EncodedMap, index: number): { file: string; line: number } | undefined {
  const item = map.steps.split(' ')[index];
  if (!item) return undefined;
  const [fileIndex, line] = item.includes(':') ? item.split(':').map(Number) : [0, Number(item)];
  const file = map.files[fileIndex];
  return file === undefined || !Number.isFinite(line) ? undefined : { file, line };
}

function lastLineOf(step: Step): number {
  if (step.docString) {
    const { content, location } = step.docString;
    return location.line + (content === '' ? 0 : content.split('\n').length) + 1;
  }
  const rows = step.dataTable?.rows;
  return rows && rows.length > 0 ? rows[rows.length - 1].location.line : step.location.line;
}
