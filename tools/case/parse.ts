import path from 'node:path';
import { type FrontMatterResult, readFrontMatter } from './front-matter';
import type { CaseModel, InputProblem } from './model';
import { parseBody } from './sections';

export type ParseResult = { ok: true; model: CaseModel } | { ok: false; problems: InputProblem[] };

export interface CaseLocation {
  /** Path shown in messages and written into features (posix, relative to the repository root). */
  file: string;
  /** Path relative to the cases folder (posix). */
  relPath: string;
}

export interface CaseSource {
  source: string;
  where: CaseLocation;
}

/** Parses one markdown case (front matter + body) into a CaseModel, or says what is wrong with it. */
export function parseCase(source: string, where: CaseLocation): ParseResult {
  return parseCases([{ source, where }])[0];
}

/**
 * Parses many cases one library at a time: every front matter (gray-matter, js-yaml, zod), then every body
 * (markdown-it). Why: alternating the libraries file by file keeps evicting each one's code from the CPU caches;
 * over batches of 16 corpus cases this took about a tenth less CPU (measured on the whole corpus; see claims.ts).
 */
export function parseCases(inputs: readonly CaseSource[]): ParseResult[] {
  const fronts = inputs.map(({ source, where }) => checkedFrontMatter(source, where));
  return fronts.map((front, index): ParseResult => {
    if (!front.ok) return front;
    const { key, name, nameLine, keyLine, meta, body, bodyOffset } = front.value;
    const parsed = parseBody(body, { bodyOffset, name });
    const { file, relPath } = inputs[index].where;
    return { ok: true, model: { key, name, file, relPath, nameLine, keyLine, meta, ...parsed } };
  });
}

function checkedFrontMatter(source: string, where: CaseLocation): FrontMatterResult {
  const front = readFrontMatter(source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source, where.file);
  if (!front.ok) return front;
  const fileKey = path.posix.basename(where.relPath, '.md');
  if (front.value.key === fileKey) return front;
  const message = `front matter field "key" is ${front.value.key} but the file is named ${fileKey}.md: rename one to match`;
  return { ok: false, problems: [{ file: where.file, line: front.value.keyLine, message }] };
}
