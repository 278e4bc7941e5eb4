import { isSetup } from './phrasing';
import type { PlannedStep, StepKind } from './plan';

const PRIMARY: Record<StepKind, PlannedStep['keyword']> = {
  context: 'Given',
  action: 'When',
  expected: 'Then',
};

/**
 * Gives every step its keyword: a scenario opens with Given while its lines read as setup, then When for
 * actions and Then for expected results; a step of the same kind as the one before it gets And.
 */
export function assignKeywords(steps: readonly PlannedStep[], options: { background?: boolean } = {}): void {
  let previous: StepKind | undefined;
  let opening = true;
  for (const step of steps) {
    const kind = options.background ? 'context' : kindOf(step, opening);
    if (kind !== 'context') opening = false;
    step.kind = kind;
    step.keyword = kind === previous ? 'And' : PRIMARY[kind];
    previous = kind;
  }
}

function kindOf(step: PlannedStep, opening: boolean): StepKind {
  if (step.role !== 'action') return step.role;
  return opening && isSetup(step.text) ? 'context' : 'action';
}
