import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Auth } from '../auth/authenticate';
import { authOf } from '../auth/authenticate';
import { ID_PATTERN } from '../auth/ids';
import { forbidden } from '../errors';
import { parseParam } from '../validation';

export const idSchema = z.string().regex(ID_PATTERN, 'must be a 26-character id');
const nameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/, 'must be lower-case letters, digits, - or _');

type Params = Record<string, string>;

/** The `{user_id}` URL parameter, where `me` means the caller. */
export function userIdParam(request: FastifyRequest): string {
  const raw = (request.params as Params).user_id;
  return raw === 'me' ? authOf(request).user.id : parseParam(idSchema, raw, 'user_id');
}

export function idParam(request: FastifyRequest, name: string): string {
  return parseParam(idSchema, (request.params as Params)[name], name);
}

export function nameParam(request: FastifyRequest, name: string): string {
  return parseParam(nameSchema, (request.params as Params)[name], name);
}

/** Users act on themselves; acting on someone else needs a system admin (Mattermost's edit_other_users). */
export function requireSelfOrAdmin(auth: Auth, userId: string, permission = 'edit_other_users'): void {
  if (auth.user.id !== userId && !auth.isAdmin) throw forbidden(permission);
}

export const statusOk = { status: 'OK' } as const;
