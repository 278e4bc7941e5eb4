// Counts for the terminal summary and the overview page: cases by status, by P-level, by priority and by
// folder, and how many of their steps are automated.
import { type CaseInfo, caseInfoOf } from './case-info';
import { isFlaky, type ScenarioRun, type StepRun, scenarioStatus } from './model';

export const CASE_STATUSES = ['passed', 'failed', 'undefined', 'pending', 'skipped'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface Counts extends Record<CaseStatus, number> {
  cases: number;
  flaky: number;
  steps: number;
  /** steps bound to a working step definition: neither undefined nor a pending placeholder */
  automatedSteps: number;
}

export interface GroupCounts extends Counts {
  name: string;
}

export interface CaseRef {
  key?: string;
  name: string;
  status: CaseStatus;
  flaky: boolean;
  featureId: string;
  source?: string;
}

export interface RunSummary {
  total: Counts;
  byPLevel: GroupCounts[];
  byPriority: GroupCounts[];
  byFolder: GroupCounts[];
  /** failed and flaky cases, for the lists on the overview page */
  attention: CaseRef[];
  indexPath: string;
  overviewPath: string;
  startedAt?: string;
  durationMs?: number;
  warnings: string[];
}

export function caseStatusOf(scenario: ScenarioRun): CaseStatus {
  const status = scenarioStatus(scenario);
  return status === 'ambiguous' ? 'failed' : status;
}

const isAutomated = (step: StepRun): boolean => step.status !== 'undefined' && step.status !== 'pending';

const emptyCounts = (): Counts => ({
  cases: 0,
  passed: 0,
  failed: 0,
  undefined: 0,
  pending: 0,
  skipped: 0,
  flaky: 0,
  steps: 0,
  automatedSteps: 0,
});

function add(counts: Counts, scenario: ScenarioRun): void {
  const steps = scenario.steps.filter((step) => !step.hook);
  counts.cases++;
  counts[caseStatusOf(scenario)]++;
  if (isFlaky(scenario)) counts.flaky++;
  counts.steps += steps.length;
  counts.automatedSteps += steps.filter(isAutomated).length;
}

// Known names first in this order, then the others alphabetically, "(none)" last.
const PRIORITY_ORDER = ['smoke-test', 'high', 'normal', 'low'];
function byName(known: string[]) {
  const rank = (name: string) =>
    name === '(none)' ? known.length + 1 : known.includes(name) ? known.indexOf(name) : known.length;
  return (a: GroupCounts, b: GroupCounts) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name);
}

function groupBy(
  scenarios: ScenarioRun[],
  infos: CaseInfo[],
  nameOf: (info: CaseInfo) => string,
  known: string[] = [],
) {
  const groups = new Map<string, GroupCounts>();
  scenarios.forEach((scenario, index) => {
    const name = nameOf(infos[index]!);
    const group = groups.get(name) ?? { name, ...emptyCounts() };
    add(group, scenario);
    groups.set(name, group);
  });
  return [...groups.values()].sort(byName(known));
}

export type SummaryCounts = Pick<RunSummary, 'total' | 'byPLevel' | 'byPriority' | 'byFolder' | 'attention'>;

export function summarise(scenarios: ScenarioRun[], featureIdOf: (uri: string) => string): SummaryCounts {
  const infos = scenarios.map(caseInfoOf);
  const total = emptyCounts();
  for (const scenario of scenarios) add(total, scenario);
  const attention = scenarios.flatMap((scenario, index): CaseRef[] => {
    const status = caseStatusOf(scenario);
    const flaky = isFlaky(scenario);
    if (status !== 'failed' && !flaky) return [];
    const { key, source } = infos[index]!;
    return [
      { key, source, name: scenario.name, status, flaky, featureId: featureIdOf(scenario.feature.uri) },
    ];
  });
  return {
    total,
    byPLevel: groupBy(scenarios, infos, (info) => info.pLevel ?? '(none)'),
    byPriority: groupBy(scenarios, infos, (info) => info.priority ?? '(none)', PRIORITY_ORDER),
    byFolder: groupBy(scenarios, infos, (info) => info.folder),
    attention,
  };
}
