import type { Entry, StepArgument } from './plan';

const STEP_INDENT = '    ';
const ARGUMENT_INDENT = '      ';

/** Steps and comments of a Background or Scenario body, one per line. */
export function renderEntries(entries: readonly Entry[]): string[] {
  const lines: string[] = [];
  for (const entry of entries) {
    if (entry.type === 'comment') {
      lines.push(`${STEP_INDENT}# ${entry.text}`);
      continue;
    }
    lines.push(`${STEP_INDENT}${entry.keyword} ${entry.text}`);
    // A loop, not a spread: a DocString of ~150,000 lines would overflow the stack as arguments.
    if (entry.argument) for (const line of renderArgument(entry.argument)) lines.push(line);
  }
  return lines;
}

export function renderArgument(argument: StepArgument): string[] {
  return argument.type === 'doc'
    ? renderDocString(argument.content, argument.mediaType)
    : renderTable(argument.rows);
}

/**
 * A DocString whose delimiter the content does not contain. Content holding both delimiters gets `"""` with
 * the content's `"""` escaped as `\"\"\"`, which Gherkin turns back into `"""`.
 */
export function renderDocString(content: string, mediaType = ''): string[] {
  const lines = content.split('\n');
  const delimiter = !content.includes('"""') ? '"""' : !content.includes('```') ? '```' : '"""';
  const body = delimiter === '"""' ? lines.map((line) => line.replaceAll('"""', '\\"\\"\\"')) : lines;
  return [
    `${ARGUMENT_INDENT}${delimiter}${mediaType}`,
    ...body.map((line) => (line ? ARGUMENT_INDENT + line : '')),
    `${ARGUMENT_INDENT}${delimiter}`,
  ];
}

/** A DataTable with aligned columns; `\` and `|` inside cells are escaped, short rows are padded. */
export function renderTable(rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(...rows.map((row) => row.length));
  const cells = rows.map((row) =>
    Array.from({ length: width }, (_, column) =>
      (row[column] ?? '').replace(/[\\|]/g, (char) => `\\${char}`),
    ),
  );
  const columns = Array.from({ length: width }, (_, column) =>
    Math.max(...cells.map((row) => row[column].length)),
  );
  return cells.map(
    (row) => `${ARGUMENT_INDENT}| ${row.map((cell, column) => cell.padEnd(columns[column])).join(' | ')} |`,
  );
}
