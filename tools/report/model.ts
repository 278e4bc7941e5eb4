// The report's own view of a run, built from Cucumber messages or Cucumber JSON, before any HTML.

export const STEP_STATUSES = ['passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'failed'] as const;
/** Ordered from least to most severe, as Cucumber ranks them. */
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface Attachment {
  mediaType: string;
  /** base64 */
  body: string;
  fileName?: string;
}

export interface StepRun {
  keyword: string;
  text: string;
  line?: number;
  /** Hooks have no text; they sit before or after the Gherkin steps. */
  hook?: 'before' | 'after';
  status: StepStatus;
  durationNs: number;
  error?: string;
  docString?: string;
  table?: string[][];
  attachments: Attachment[];
}

export interface FeatureInfo {
  uri: string;
  keyword: string;
  name: string;
  description: string;
  line: number;
  tags: string[];
}

export interface AttemptRun {
  status: StepStatus;
  startedAtMs?: number;
}

export interface ScenarioRun {
  feature: FeatureInfo;
  keyword: string;
  name: string;
  description: string;
  line: number;
  tags: string[];
  /** Steps of the last attempt. */
  steps: StepRun[];
  /** Every attempt in order, the last one included; Cucumber JSON only knows the last one. */
  attempts: AttemptRun[];
  /** The run stopped before this scenario finished. */
  interrupted?: boolean;
}

export const scenarioKey = (scenario: Pick<ScenarioRun, 'feature' | 'line'>): string =>
  `${scenario.feature.uri}:${scenario.line}`;

const severity = (status: StepStatus): number => STEP_STATUSES.indexOf(status);

export function worstStatus(statuses: Iterable<StepStatus>): StepStatus {
  let worst: StepStatus = 'passed';
  for (const status of statuses) if (severity(status) > severity(worst)) worst = status;
  return worst;
}

export function toStepStatus(raw: string | undefined): StepStatus {
  const lower = (raw ?? '').toLowerCase();
  if ((STEP_STATUSES as readonly string[]).includes(lower)) return lower as StepStatus;
  // UNKNOWN (a step that never reported) reads best as "did not run".
  return 'skipped';
}

export const scenarioStatus = (scenario: ScenarioRun): StepStatus =>
  worstStatus(scenario.steps.map((step) => step.status));

/** Failed (or broke) on an earlier attempt, passed on the last one. */
export function isFlaky(scenario: ScenarioRun): boolean {
  const last = scenario.attempts.at(-1);
  if (last?.status !== 'passed') return false;
  return scenario.attempts.slice(0, -1).some((attempt) => attempt.status !== 'passed');
}
