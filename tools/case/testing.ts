/** Builds case markdown for tests: the front matter the corpus uses, with the fields a test cares about. */
export function caseMarkdown(options: {
  key?: string;
  name?: string;
  body: string;
  /** Extra front matter lines. */
  fields?: string[];
}): string {
  const { key = 'MM-T1', name = 'A case', body, fields = [] } = options;
  return [
    '---',
    `name: ${JSON.stringify(name)}`,
    'status: Active',
    'priority: Normal',
    'folder: Test Folder',
    'team_ownership:',
    '- Channels',
    'priority_p1_to_p4: P2 - Core Functions (Do core functions work?)',
    'labels:',
    '- my-label',
    'manual_test_environments:',
    '- Webapp',
    `key: ${key}`,
    ...fields,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

/** The file line of the body's first line in caseMarkdown() output (front matter + blank line before it). */
export const BODY_FIRST_LINE = 16;
