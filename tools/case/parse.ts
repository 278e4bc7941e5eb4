import path from 'node:path';
import { readFrontMatter } from './front-matter';
import type { CaseModel, InputProblem } from './model';
import { parseBody } from './sections';

export type ParseResult = { ok: true; model: CaseModel } | { ok: false; problems: InputProblem[] };

export interface CaseLocation {
  /** Path shown in messages and written into features (posix, relative to the repository root). */
  file: string;
  /** Path relative to the cases folder (posix). */
  relPath: string;
}

/** Parses one markdown case (front matter + body) into a CaseModel, or says what is wrong with it. */
export function parseCase(source: string, where: CaseLocation): ParseResult {
  const front = readFrontMatter(source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source, where.file);
  if (!front.ok) return front;
  const { key, name, nameLine, keyLine, meta, body, bodyOffset } = front.value;
  const fileKey = path.posix.basename(where.relPath, '.md');
  if (key !== fileKey) {
    const message = `front matter field "key" is ${key} but the file is named ${fileKey}.md: rename one to match`;
    return { ok: false, problems: [{ file: where.file, line: keyLine, message }] };
  }
  const parsed = parseBody(body, { bodyOffset, name });
  const { file, relPath } = where;
  return { ok: true, model: { key, name, file, relPath, nameLine, keyLine, meta, ...parsed } };
}
