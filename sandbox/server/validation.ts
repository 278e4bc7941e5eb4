import type { z } from 'zod';
import { invalidBodyParam, invalidUrlParam } from './errors';

/** Parses a request body with a zod schema; a failure names the first wrong field, as Mattermost's 400s do. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw invalidBodyParam(field, issue.message);
}

export function parseParam<T extends z.ZodType>(schema: T, value: unknown, name: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidUrlParam(name, result.error.issues[0].message);
}
