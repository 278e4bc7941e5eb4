import matter from 'gray-matter';
import yaml from 'js-yaml';
import { z } from 'zod';
import { cleanText } from './inline';
import type { CaseMeta, InputProblem } from './model';

const KEY_PATTERN = /^[A-Z][A-Z0-9]*-T\d+$/;

// The schema checks types only: values are cleaned for their one Gherkin line after it (see `metaOf`). Cleaning
// them in zod transforms made zod take 13 ms instead of 5 on the corpus's front matter, and a corpus run about 3%
// longer (measured alternately in one process).
const text = z.union([z.string(), z.number()]);
const optionalText = text.nullish();
const textList = z.union([z.array(text.nullable()), text]).nullish();

// js-yaml's core schema (null, booleans, numbers, strings): the default one also turns dates into Date objects,
// which no field casebook reads wants (`folder: 2021-03-04` is text) and which costs a timestamp test on every
// plain value; on the corpus the results are identical and the front matter parses about a tenth faster.
// Passing options also bypasses gray-matter's content-keyed cache, which would otherwise keep every file alive.
const MATTER_OPTIONS = {
  engines: { yaml: (text: string) => yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA }) as object },
};

/** The front matter fields casebook reads; every other field is allowed and ignored. */
export const frontMatterSchema = z.object({
  key: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string') })
    .regex(KEY_PATTERN, { error: 'must look like MM-T123' }),
  name: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string') })
    .refine((name) => cleanText(name) !== '', { error: 'must not be empty' }),
  status: optionalText,
  priority: optionalText,
  priority_p1_to_p4: optionalText,
  folder: optionalText,
  team_ownership: textList,
  labels: textList,
  manual_test_environments: textList,
});

export interface FrontMatter {
  key: string;
  name: string;
  nameLine: number;
  keyLine: number;
  meta: CaseMeta;
  /** The markdown after the front matter. */
  body: string;
  /** How many lines of the file come before `body`. */
  bodyOffset: number;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: InputProblem[] };

/** Splits and validates the front matter of one case file; problems name the file, line and field. */
export function readFrontMatter(source: string, file: string): FrontMatterResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, MATTER_OPTIONS);
  } catch (error) {
    return { ok: false, problems: [yamlProblem(error, file)] };
  }
  const data: unknown = parsed.data;
  // gray-matter returns an empty file with no `matter` at all (undefined, not '').
  if (source.trim() === '') {
    const message = 'the file is empty: a case starts with a --- YAML block holding key and name';
    return { ok: false, problems: [{ file, line: 1, message }] };
  }
  // gray-matter sets isEmpty (untyped) for a present but empty block: that one falls through to "key is missing".
  if (parsed.matter === '' && !(parsed as { isEmpty?: boolean }).isEmpty) {
    const message = 'no front matter: the file must start with a --- YAML block holding key and name';
    return { ok: false, problems: [{ file, line: 1, message }] };
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => fieldProblem(issue, parsed.matter, file)),
    };
  }
  const fields = result.data;
  const bodyOffset = countLines(source, source.length - parsed.content.length);
  const nameLine = fieldLine(parsed.matter, 'name');
  const keyLine = fieldLine(parsed.matter, 'key');
  const name = cleanText(fields.name);
  return {
    ok: true,
    value: {
      key: fields.key,
      name,
      nameLine,
      keyLine,
      meta: metaOf(fields),
      body: parsed.content,
      bodyOffset,
    },
  };
}

type Fields = z.infer<typeof frontMatterSchema>;
type Text = z.infer<typeof text>;

function metaOf(fields: Fields): CaseMeta {
  return {
    status: lineOf(fields.status),
    priority: lineOf(fields.priority),
    priorityLevel: lineOf(fields.priority_p1_to_p4),
    folder: lineOf(fields.folder),
    teams: linesOf(fields.team_ownership),
    labels: linesOf(fields.labels),
    environments: linesOf(fields.manual_test_environments),
  };
}

/** A value as one Gherkin line: whitespace collapsed, NBSP and zero-width characters gone; none is empty. */
function lineOf(value: Text | null | undefined): string {
  return value == null ? '' : cleanText(String(value));
}

/** A list field's non-empty items as lines; a single value is a list of one. */
function linesOf(value: Text | (Text | null)[] | null | undefined): string[] {
  // Not `[value].flat()`: the generic flattening cost as much as the rest of the front matter checks together.
  const items = value == null ? [] : Array.isArray(value) ? value : [value];
  return items.map(lineOf).filter((line) => line !== '');
}

function yamlProblem(error: unknown, file: string): InputProblem {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message;
  // The YAML text starts on the line of the opening ---, so YAML line n (0-based) is file line n + 1.
  const line = typeof mark?.line === 'number' ? mark.line + 1 : 1;
  return { file, line, message: `front matter is not valid YAML: ${reason}` };
}

function fieldProblem(issue: z.core.$ZodIssue, yaml: string, file: string): InputProblem {
  if (issue.path.length === 0) {
    return { file, line: 1, message: 'front matter must be a mapping of fields such as key: and name:' };
  }
  const field = String(issue.path[0]);
  return {
    file,
    line: fieldLine(yaml, field),
    message: `front matter field "${field}" ${issue.message}`,
  };
}

/** The file line of a top-level YAML field, or of the opening --- when the field is absent. */
function fieldLine(yaml: string, field: string): number {
  const start = `${field}:`;
  // YAML line n (0-based) is file line n + 1; walks the lines without splitting the text into an array.
  for (let line = 1, offset = 0; offset >= 0; line++) {
    if (yaml.startsWith(start, offset)) return line;
    offset = yaml.indexOf('\n', offset);
    if (offset >= 0) offset++;
  }
  return 1;
}

function countLines(source: string, end: number): number {
  let count = 0;
  for (
    let index = source.indexOf('\n');
    index !== -1 && index < end;
    index = source.indexOf('\n', index + 1)
  ) {
    count++;
  }
  return count;
}
