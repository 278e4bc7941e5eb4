import { stepReference } from '../case';
import { comment, type Entry, type PlannedStep } from './plan';

interface Targeted {
  entry: Entry;
  /** The action number the expected line refers to, if any. */
  target?: number;
  /** The line without its "After step N," prefix, used once the line is placed after that action. */
  rest?: string;
}

/**
 * Places expected lines that refer to an action ("After step 8,", "On 2.", "After 3,", or an expected list
 * numbered by the actions it answers) right after that action (and the sub-items under it); the others close the
 * Step block. A line whose action cannot be found unambiguously keeps its text, prefix included, at the end.
 */
export function placeExpected(actions: readonly Entry[], expected: readonly Entry[]): Entry[] {
  const after = new Map<number, Entry[]>();
  const closing: Entry[] = [];
  const targeted = targetsOf(expected);
  for (const { entry, target, rest } of numberedByActions(actions, targeted) ?? targeted) {
    const index = target === undefined ? -1 : placeAfter(actions, target);
    if (index < 0) {
      closing.push(entry);
      continue;
    }
    if (rest && entry.type === 'step') entry.text = rest;
    const placed = after.get(index);
    if (placed) placed.push(entry);
    else after.set(index, [entry]);
  }
  // Most sections refer to no action: they keep their order without rebuilding an array per action.
  if (after.size === 0) return actions.concat(closing);
  const entries: Entry[] = [];
  actions.forEach((entry, index) => {
    entries.push(entry, ...(after.get(index) ?? []));
  });
  return entries.concat(closing);
}

/** "After 3," alone on a line heads the lines below it (until the next reference). */
function targetsOf(expected: readonly Entry[]): Targeted[] {
  let group: number | undefined;
  return expected.map((entry): Targeted => {
    const reference = entry.type === 'step' ? stepReference(entry.text) : undefined;
    if (!reference) return { entry, target: group };
    if (reference.rest === '' && entry.type === 'step' && !entry.argument) {
      group = reference.number;
      return { entry: comment(entry.text), target: group };
    }
    group = undefined;
    return { entry, target: reference.number, rest: reference.rest };
  });
}

/**
 * An expected list whose numbers start above 1 and each name an action of the step ("2. Edit box opens",
 * "3. Post is updated" under actions 1–3) answers those actions: each item (with the lines nested under it) goes
 * after its action. A list starting at 1 may be a plain list of results, and one that runs past the actions
 * ("6.", "7." under five actions) continues their numbering: both keep their place at the end (undefined).
 */
function numberedByActions(actions: readonly Entry[], targeted: Targeted[]): Targeted[] | undefined {
  const top = targeted.filter(({ entry, target }) => target === undefined && isTopLevelStep(entry));
  const numbers = top.map(({ entry }) => (entry as PlannedStep).number);
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) return undefined;
  const listed = numbers as number[];
  if (listed[0] <= 1 || listed.some((n, i) => i > 0 && n <= listed[i - 1])) return undefined;
  if (listed.some((n) => actionIndex(actions, n) < 0)) return undefined;
  let group: number | undefined;
  return targeted.map((item) => {
    if (item.target !== undefined) return item;
    if (isTopLevelStep(item.entry)) group = (item.entry as PlannedStep).number;
    return { ...item, target: group };
  });
}

const isTopLevelStep = (entry: Entry) => entry.type === 'step' && (entry.depth ?? 0) === 0;

/** Index in `actions` after which lines about action `number` go, or -1. */
function placeAfter(actions: readonly Entry[], number: number): number {
  const index = actionIndex(actions, number);
  if (index < 0) return -1;
  const depth = (actions[index] as PlannedStep).depth ?? 0;
  let end = index;
  for (let next = index + 1; next < actions.length; next++) {
    const entry = actions[next];
    if (entry.type === 'comment') continue;
    if ((entry.depth ?? 0) <= depth) break;
    end = next;
  }
  return end;
}

/** The action numbered `number` (a list number when the actions are numbered, else its position). */
function actionIndex(actions: readonly Entry[], number: number): number {
  const steps: { step: PlannedStep; index: number }[] = [];
  actions.forEach((entry, index) => {
    if (entry.type === 'step') steps.push({ step: entry, index });
  });
  const numbered = steps.filter(({ step }) => step.number === number);
  if (numbered.length > 0) {
    const top = Math.min(...numbered.map(({ step }) => step.depth ?? 0));
    const candidates = numbered.filter(({ step }) => (step.depth ?? 0) === top);
    return candidates.length === 1 ? candidates[0].index : -1;
  }
  const topLevel = steps.filter(({ step }) => (step.depth ?? 0) === 0);
  if (topLevel.some(({ step }) => step.number !== undefined)) return -1;
  return topLevel[number - 1]?.index ?? -1;
}
