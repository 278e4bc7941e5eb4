import { type FeatureStep, featureSteps } from './feature-lines';
import { negate } from './negate';

export type TwinKind = 'quote' | 'negation' | 'absence';

/** A falsified copy of a generated feature. */
export interface Twin {
  kind: TwinKind;
  /** "quote", "negation-3" (the step index it negates), "absence-2" (the step group emptied of actions). */
  id: string;
  featureText: string;
  /** Feature lines of the twin whose text was changed (the expected lines whose truth the twin tests). */
  changedLines: number[];
  /** What changed, for people: the original and the altered line, or the removed actions. */
  description: string;
}

const QUOTED = /"([^"]*)"|“([^”]*)”|`([^`]*)`/g;
/** A letter (not punctuation: label matching forgives punctuation and spaces), not doubled by accident. */
const INSERTED = 'Z';

/** Every quoted text of a line with one letter inserted in its middle (so neither prefix nor suffix still matches). */
export function alterQuotes(text: string): string {
  return text.replace(QUOTED, (whole) => {
    const open = whole[0];
    const close = whole[whole.length - 1];
    const inner = whole.slice(1, -1);
    const middle = Math.ceil(inner.length / 2);
    return `${open}${inner.slice(0, middle)}${INSERTED}${inner.slice(middle)}${close}`;
  });
}

/**
 * The quote twin: every quoted text of every expected line that asserts presence altered; undefined when they quote
 * nothing. (Lines asserting absence are falsified by their negation twin.)
 */
export function quoteTwin(featureText: string): Twin | undefined {
  const lines = featureText.split('\n');
  const changed: number[] = [];
  const described: string[] = [];
  for (const step of featureSteps(featureText)) {
    // A text that is expected to be absent is absent when altered too: only presence is falsified by a quote.
    if (step.kind !== 'expected' || !assertsPresence(step.text)) continue;
    const original = lines[step.line - 1];
    const altered = replaceStepText(original, step.text, alterQuotes(step.text));
    if (altered === original) continue;
    lines[step.line - 1] = altered;
    changed.push(step.line);
    described.push(`${original.trim()}  →  ${altered.trim()}`);
  }
  if (changed.length === 0) return undefined;
  return {
    kind: 'quote',
    id: 'quote',
    featureText: lines.join('\n'),
    changedLines: changed,
    description: described.join('\n'),
  };
}

/** One negation twin per expected line the grammar can negate (see negate.ts). */
export function negationTwins(featureText: string): Twin[] {
  const twins: Twin[] = [];
  for (const step of featureSteps(featureText)) {
    if (step.kind !== 'expected') continue;
    const negated = negate(step.text);
    if (!negated) continue;
    const lines = featureText.split('\n');
    const original = lines[step.line - 1];
    lines[step.line - 1] = replaceStepText(original, step.text, negated);
    twins.push({
      kind: 'negation',
      id: `negation-${step.index}`,
      featureText: lines.join('\n'),
      changedLines: [step.line],
      description: `${original.trim()}  →  ${lines[step.line - 1].trim()}`,
    });
  }
  return twins;
}

/** An expected line that says something is absent, closed or gone: it may rightly hold without any action. */
const ABSENCE =
  /\b(?:not|no|never|none|nothing|disappears?|removed|closes?|closed|hidden|cannot|can't|doesn't|don't|isn't|aren't|won't|no longer)\b/i;
/** Asides and quoted texts say nothing about presence: "displays as "[test]: test" (not a link)" asserts one. */
const ASIDES = /\([^)]*\)|"[^"]*"|“[^”]*”|`[^`]*`/g;

function assertsPresence(text: string): boolean {
  return !ABSENCE.test(text.replace(ASIDES, ' '));
}

/**
 * One absence twin per "# Step N" group that has actions and an expected line asserting presence: the group's
 * action lines removed. The expected lines stay where they were (their feature lines shift up).
 */
export function absenceTwins(featureText: string): Twin[] {
  const steps = featureSteps(featureText);
  const groups = new Map<number, FeatureStep[]>();
  for (const step of steps) groups.set(step.group, [...(groups.get(step.group) ?? []), step]);
  const twins: Twin[] = [];
  for (const [group, members] of groups) {
    const actions = members.filter((s) => s.kind === 'action');
    const presence = members.filter((s) => s.kind === 'expected' && assertsPresence(s.text));
    if (actions.length === 0 || presence.length === 0) continue;
    // Lines removed above an expected line move it up by as many lines.
    const shift = (line: number) =>
      actions.filter((a) => a.line < line).reduce((n, a) => n + a.lastLine - a.line + 1, 0);
    twins.push({
      kind: 'absence',
      id: `absence-${group + 1}`,
      featureText: withoutSteps(featureText, actions),
      changedLines: presence.map((s) => s.line - shift(s.line)),
      description: `without ${actions.map((s) => `"${s.keyword} ${s.text}"`).join(', ')}`,
    });
  }
  return twins;
}

export const TWIN_KINDS: readonly TwinKind[] = ['quote', 'negation', 'absence'];

/** The twins of a passing case, of the kinds asked for (all by default). */
export function twinsOf(featureText: string, kinds: readonly TwinKind[] = TWIN_KINDS): Twin[] {
  const quote = kinds.includes('quote') ? quoteTwin(featureText) : undefined;
  return [
    ...(quote ? [quote] : []),
    ...(kinds.includes('negation') ? negationTwins(featureText) : []),
    ...(kinds.includes('absence') ? absenceTwins(featureText) : []),
  ];
}

function replaceStepText(line: string, text: string, replacement: string): string {
  const at = line.lastIndexOf(text);
  return at < 0 ? line : line.slice(0, at) + replacement + line.slice(at + text.length);
}

const SOURCE_MAP = /^# casebook-source-map: (.*)$/m;

/**
 * Removes steps (with their DocStrings and tables) and their entries in the source-map comment, so the twin's
 * remaining steps still name their markdown lines. The map's "steps" field lists one location per step in
 * document order (tools/gherkin/source-map.ts).
 */
export function withoutSteps(featureText: string, removed: readonly FeatureStep[]): string {
  const drop = new Set<number>();
  for (const step of removed) for (let l = step.line; l <= step.lastLine; l++) drop.add(l);
  const kept = featureText.split('\n').filter((_, i) => !drop.has(i + 1));
  const text = kept.join('\n');
  const match = SOURCE_MAP.exec(text);
  if (!match) return text;
  const map = JSON.parse(match[1]) as { steps: string };
  const gone = new Set(removed.map((s) => s.index));
  map.steps = map.steps
    .split(' ')
    .filter((_, index) => !gone.has(index))
    .join(' ');
  return text.replace(SOURCE_MAP, `# casebook-source-map: ${JSON.stringify(map)}`);
}
