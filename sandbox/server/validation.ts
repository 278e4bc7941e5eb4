import type { z } from 'zod';
import { invalidBodyParam, invalidUrlParam } from './errors';

/** `notify_props.desktop`, `user_ids[0]`: the field path as a client developer would write it. */
export function fieldPath(root: string, path: PropertyKey[]): string {
  const joined = path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index > 0 || root ? '.' : ''}${String(part)}`,
    )
    .join('');
  return `${root}${joined}` || 'body';
}

/**
 * Parses a request body with a zod schema; a failure names the first wrong field, as Mattermost's 400s do.
 * `root` names a body that is itself a value (e.g. the `user_ids` array).
 */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown, root = ''): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw invalidBodyParam(fieldPath(root, issue.path), issue.message);
}

export function parseParam<T extends z.ZodType>(schema: T, value: unknown, name: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? fieldPath('', issue.path) : name;
  throw invalidUrlParam(field, issue.message);
}
