import type { BlockItem, CaseModel } from '../case';

/** Free-text lines under the Feature line: source, folder/team/priority, objective, related tickets. */
export function descriptionLines(model: CaseModel, related: readonly string[]): string[] {
  const { meta } = model;
  const facts = [
    meta.folder && `Folder: ${meta.folder}`,
    meta.teams.length > 0 && `Team: ${meta.teams.join(', ')}`,
    meta.priority && `Priority: ${meta.priority}`,
    meta.priorityLevel,
  ].filter((fact): fact is string => !!fact);
  const objective = model.objective.flatMap(objectiveLines);
  return [
    `Source: ${model.file}`,
    ...(facts.length > 0 ? [safeDescriptionLine(facts.join(' · '))] : []),
    ...objective.map((line, index) => (index === 0 ? `Objective: ${line}` : safeDescriptionLine(line))),
    ...[...new Set(related)].map((line) => `Related: ${line}`),
  ];
}

function objectiveLines(item: BlockItem): string[] {
  if (item.type === 'text')
    return item.role === 'related-header' || item.role === 'ornament' ? [] : [item.linkText];
  if (item.type === 'doc') return item.content.split('\n').filter((line) => line.trim() !== '');
  return item.rows.map((row) => row.join(' · '));
}

/**
 * A description line must not read as Gherkin structure: a comment (#), tags (@) or a keyword line
 * ("Scenario: …"). Such lines get a leading "· ".
 */
export function safeDescriptionLine(line: string): string {
  const text = line.trim();
  const structural = COMMENT_OR_TAG.test(text) || KEYWORD_LINE.test(text);
  return structural ? `· ${text}` : text;
}

// Hoisted: a regular expression literal is a new object each time it is evaluated.
const COMMENT_OR_TAG = /^[#@]/;
const KEYWORD_LINE = /^(?:Feature|Background|Scenario(?: Outline| Template)?|Examples?|Rule):/;
