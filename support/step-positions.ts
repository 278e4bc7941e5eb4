import type { GherkinDocument, Pickle } from '@cucumber/messages';

/** Where a scenario step sits in the case it was generated from. */
export interface StepPosition {
  /** Line of the step in the .feature file. */
  featureLine: number;
  /** N of the `# Step N` block the step belongs to (undefined before the first block, e.g. a Background). */
  block?: number;
  /** 1-based number among the action steps (Given/When and their Ands) of that block: "step 3" of the case. */
  action?: number;
  isAction: boolean;
}

const STEP_BLOCK = /^\s*#\s*\**\s*Step\s+(\d+)\b/i;

/**
 * Maps each pickle step id to its position. Generated features mark every `**Step N**` block of the markdown
 * with a `# Step N` comment; within a block, the numbered actions of the case are its action steps in order.
 */
export function stepPositions(document: GherkinDocument, pickle: Pickle): Map<string, StepPosition> {
  const lines = astStepLines(document);
  const blocks = blockStarts(document);
  const positions = new Map<string, StepPosition>();
  const actionsInBlock = new Map<number | undefined, number>();
  for (const step of pickle.steps) {
    const featureLine = lines.get(step.astNodeIds[0]) ?? 0;
    const block = blockAt(blocks, featureLine);
    const isAction = step.type === 'Action' || step.type === 'Context';
    let action: number | undefined;
    if (isAction) {
      action = (actionsInBlock.get(block) ?? 0) + 1;
      actionsInBlock.set(block, action);
    }
    positions.set(step.id, { featureLine, block, action, isAction });
  }
  return positions;
}

function astStepLines(document: GherkinDocument): Map<string, number> {
  const lines = new Map<string, number>();
  const visit = (children: readonly Record<string, unknown>[] | undefined) => {
    for (const child of children ?? []) {
      const holder = (child.background ?? child.scenario) as
        | { steps: readonly { id: string; location: { line: number } }[] }
        | undefined;
      for (const step of holder?.steps ?? []) lines.set(step.id, step.location.line);
      const rule = child.rule as { children?: readonly Record<string, unknown>[] } | undefined;
      if (rule) visit(rule.children);
    }
  };
  visit(document.feature?.children as readonly Record<string, unknown>[] | undefined);
  return lines;
}

function blockStarts(document: GherkinDocument): { line: number; block: number }[] {
  const starts: { line: number; block: number }[] = [];
  for (const comment of document.comments) {
    const match = STEP_BLOCK.exec(comment.text);
    if (match) starts.push({ line: comment.location.line, block: Number(match[1]) });
  }
  return starts.sort((a, b) => a.line - b.line);
}

function blockAt(starts: { line: number; block: number }[], line: number): number | undefined {
  let found: number | undefined;
  for (const start of starts) {
    if (start.line > line) break;
    found = start.block;
  }
  return found;
}
