// Test helper: ScenarioRun values for the unit tests of tools/report.
import type { ScenarioRun, StepRun, StepStatus } from './model';

export function step(status: StepStatus, overrides: Partial<StepRun> = {}): StepRun {
  return {
    keyword: 'Given ',
    text: `a ${status} step`,
    status,
    durationNs: 1_000_000,
    attachments: [],
    ...overrides,
  };
}

export function scenarioRun(
  key: string,
  overrides: Partial<ScenarioRun> & { featureTags?: string[] } = {},
): ScenarioRun {
  const { featureTags, ...rest } = overrides;
  const steps = rest.steps ?? [step('passed')];
  return {
    feature: {
      uri: `features/folder/${key}.feature`,
      keyword: 'Feature',
      name: `${key}: a case`,
      description: `  Source: cases/folder/${key}.md`,
      line: 3,
      tags: featureTags ?? [
        `@${key}`,
        `@TestCaseKey=${key}`,
        '@priority:low',
        '@P3',
        '@status:active',
        '@folder:folder',
      ],
    },
    keyword: 'Scenario',
    name: 'a case',
    description: '',
    line: 6,
    tags: [],
    steps,
    attempts: [{ status: 'passed' }],
    ...rest,
  };
}
