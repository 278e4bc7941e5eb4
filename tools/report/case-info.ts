// What the report knows about the markdown case behind a scenario, read from the tags and description
// that tools/gherkin writes on every generated feature (see docs/architecture.md, "Tags").
import path from 'node:path';
import type { ScenarioRun } from './model';

export interface RelatedTicket {
  title: string;
  url?: string;
}

export interface CaseInfo {
  key?: string;
  priority?: string;
  /** P1..P4 */
  pLevel?: string;
  status?: string;
  folder: string;
  /** `cases/<path>/<KEY>.md`, relative to the project root */
  source?: string;
  related: RelatedTicket[];
}

const KEY_TAG = /^@([A-Z][A-Z0-9]*-T\d+)$/;
const tagValue = (tags: string[], prefix: string): string | undefined =>
  tags.find((tag) => tag.startsWith(prefix))?.slice(prefix.length) || undefined;

export function keyOf(tags: string[]): string | undefined {
  return tagValue(tags, '@TestCaseKey=') ?? tags.map((tag) => KEY_TAG.exec(tag)?.[1]).find(Boolean);
}

function sourceOf(description: string): string | undefined {
  return /^\s*Source:\s*(cases\/\S+\.md)\s*$/m.exec(description)?.[1];
}

function relatedOf(description: string): RelatedTicket[] {
  return [...description.matchAll(/^\s*Related:\s*(.+?)\s*$/gm)].map(([, text]) => {
    const url = /(?:^|\s)(https?:\/\/\S+)$/.exec(text!)?.[1];
    const title = url ? text!.slice(0, -url.length).trim() : text!;
    return { title: title || url!, url };
  });
}

export function caseInfoOf(scenario: ScenarioRun): CaseInfo {
  const tags = [...scenario.feature.tags, ...scenario.tags];
  const description = `${scenario.feature.description}\n${scenario.description}`;
  return {
    key: keyOf(tags),
    priority: tagValue(tags, '@priority:'),
    pLevel: tags.map((tag) => /^@(P[1-4])$/.exec(tag)?.[1]).find(Boolean),
    status: tagValue(tags, '@status:'),
    folder:
      tagValue(tags, '@folder:') ?? (path.posix.basename(path.posix.dirname(scenario.feature.uri)) || '.'),
    source: sourceOf(description),
    related: relatedOf(description),
  };
}

const DISPLAY_ORDER = [KEY_TAG, /^@TestCaseKey=/, /^@priority:/, /^@P[1-4]$/, /^@status:/, /^@folder:/];

/** Key, priority, P-level, status and folder first: the reporter shows tags in the order given. */
export function sortTagsForDisplay(tags: string[]): string[] {
  const rank = (tag: string): number => {
    const index = DISPLAY_ORDER.findIndex((pattern) => pattern.test(tag));
    return index === -1 ? DISPLAY_ORDER.length : index;
  };
  return [...new Set(tags)].sort((a, b) => rank(a) - rank(b));
}

/** The markdown line the failing step came from, as support code appends it to the error. */
export function failedAtOf(error: string | undefined): { source: string; line?: number } | undefined {
  const match = /\(from (cases\/[^\s():]+\.md)(?::(\d+))?\)\s*$/m.exec(error ?? '');
  if (!match) return undefined;
  return { source: match[1]!, line: match[2] ? Number(match[2]) : undefined };
}
