import type { BlockItem, InlineStep } from '../case';
import { placeExpected } from './placement';
import type { Entry, StepArgument } from './plan';
import { plannedStep, sectionEntries } from './section-entries';

/** One `**Step N**` block: its test data first, then the actions with the expected lines placed among them. */
export function inlineStepEntries(step: InlineStep, file: string, related?: (text: string) => void): Entry[] {
  const actions = sectionEntries(step.actions, { file, origin: 'action', related });
  const expected = step.expected
    ? sectionEntries(step.expected.items, { file, origin: 'expected', related })
    : [];
  return [...testDataEntries(step, file), ...placeExpected(actions, expected)];
}

/** Test Data becomes one `the test data is:` step carrying it as a DocString (or a DataTable for a lone table). */
function testDataEntries(step: InlineStep, file: string): Entry[] {
  const items = step.testData?.items ?? [];
  if (items.length === 0) return [];
  const argument: StepArgument =
    items.length === 1 && items[0].type === 'table'
      ? { type: 'table', rows: items[0].rows }
      : { type: 'doc', content: items.map(literalText).join('\n') };
  const entry = plannedStep('the test data is:', items[0].line, { file, origin: 'test-data' });
  entry.argument = argument;
  return [entry];
}

/** Test data is literal: list numbers and nesting are kept. */
function literalText(item: BlockItem): string {
  if (item.type === 'doc') return item.content;
  if (item.type === 'table') return item.rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
  const indent = '  '.repeat(item.depth);
  return item.number === undefined ? `${indent}${item.text}` : `${indent}${item.number}. ${item.text}`;
}
