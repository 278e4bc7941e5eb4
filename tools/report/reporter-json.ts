// ScenarioRun → the Cucumber-JSON-shaped features multiple-cucumber-html-reporter reads. This is the only
// way case text reaches the reporter, and every string is escaped or neutralised here (see html.ts).
import type { AttachmentWriter, SavedAttachment } from './attachments';
import { caseInfoOf, keyOf, sortTagsForDisplay } from './case-info';
import { casePanel, type PanelContext } from './case-panel';
import { escapeHtml, neutraliseScriptBreakers } from './html';
import { isFlaky, type ScenarioRun } from './model';
import { type ReporterStep, toReporterStep } from './reporter-steps';

export interface ReporterMetadata {
  browser?: { name: string; version: string };
  platform?: { name: string; version: string };
  device?: string;
  app?: { name: string; version: string };
}

export interface ReporterScenario {
  id: string;
  keyword: string;
  name: string;
  description: string;
  line: number;
  type: 'scenario';
  tags: Array<{ name: string }>;
  steps: ReporterStep[];
}

export interface ReporterFeature {
  id: string;
  uri: string;
  keyword: string;
  name: string;
  description: string;
  line: number;
  tags: Array<{ name: string }>;
  metadata: ReporterMetadata;
  elements: ReporterScenario[];
}

export interface ReporterJsonContext extends PanelContext {
  writer: AttachmentWriter;
  metadata: ReporterMetadata;
}

/** Also the feature page's file name (the reporter runs with staticFilePath). */
export const featureIdOf = (uri: string): string =>
  uri
    .replace(/^features\//, '')
    .replace(/\.feature$/, '')
    .replace(/[^a-zA-Z0-9_-]+/g, '-')
    .replace(/^-+/, '') || 'feature';

const markerTags = (scenario: ScenarioRun): string[] => [
  ...(isFlaky(scenario) ? ['@flaky'] : []),
  ...(scenario.interrupted ? ['@interrupted'] : []),
];

const toTags = (tags: string[]) => sortTagsForDisplay(tags).map((tag) => ({ name: escapeHtml(tag) }));

function toScenario(
  scenario: ScenarioRun,
  featureId: string,
  context: ReporterJsonContext,
): ReporterScenario {
  const evidence: SavedAttachment[] = [];
  const steps = scenario.steps.map((step) => toReporterStep(step, context.writer, evidence));
  return {
    id: `${featureId};${scenario.line}`,
    keyword: escapeHtml(scenario.keyword),
    name: escapeHtml(scenario.name),
    description: casePanel(caseInfoOf(scenario), scenario, evidence, context),
    line: scenario.line,
    type: 'scenario',
    tags: toTags([...scenario.tags, ...markerTags(scenario)]),
    steps,
  };
}

// The index only counts and shows feature-level tags, so tags a feature carries only on its scenarios
// (key, priority, …, flaky) are copied up.
const DISPLAYED_ON_FEATURE =
  /^@([A-Z][A-Z0-9]*-T\d+|TestCaseKey=|priority:|P[1-4]$|status:|folder:|flaky$|interrupted$)/;

function toFeature(scenarios: ScenarioRun[], context: ReporterJsonContext): ReporterFeature {
  const { feature } = scenarios[0]!;
  const id = featureIdOf(feature.uri);
  const scenarioTags = scenarios.flatMap((scenario) => [...scenario.tags, ...markerTags(scenario)]);
  const key = keyOf([...feature.tags, ...scenarioTags]);
  const name = key && !feature.name.startsWith(key) ? `${key}: ${feature.name}` : feature.name;
  return {
    id,
    uri: escapeHtml(feature.uri),
    keyword: escapeHtml(feature.keyword),
    name: escapeHtml(name),
    description: neutraliseScriptBreakers(feature.description),
    line: feature.line,
    tags: toTags([...feature.tags, ...scenarioTags.filter((tag) => DISPLAYED_ON_FEATURE.test(tag))]),
    metadata: context.metadata,
    elements: scenarios.map((scenario) => toScenario(scenario, id, context)),
  };
}

/** Scenarios must come sorted by feature file (as mergeRuns returns them). */
export function toReporterFeatures(
  scenarios: ScenarioRun[],
  context: ReporterJsonContext,
): ReporterFeature[] {
  const byUri = new Map<string, ScenarioRun[]>();
  for (const scenario of scenarios) {
    const group = byUri.get(scenario.feature.uri) ?? [];
    group.push(scenario);
    byUri.set(scenario.feature.uri, group);
  }
  return [...byUri.values()].map((group) => toFeature(group, context));
}
