import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';

/**
 * One area of the sandbox (posts, threads, search, System Console, …) as a small plugin, in the manner of
 * cucumber-js's plugins: `sandbox/server/areas/<name>/index.ts` exports `area`, and the server finds it on disk, so
 * no file has to know every area. An area owns its tables, its REST routes and any HTML page of its own; its
 * browser half lives in `sandbox/web/areas/<name>/` (found the same way by the web app).
 */
export interface SandboxArea {
  /** The folder name; also how errors and logs name the area. */
  readonly name: string;
  /** SQL run once when the database opens (CREATE TABLE IF NOT EXISTS …): the area's own tables. */
  readonly schema?: string;
  /** REST routes under `/api/v4`, registered inside the authenticated API scope. */
  registerRoutes?(api: FastifyInstance, ctx: SandboxContext): void;
  /** Pages and other routes outside `/api/v4` (registered after the core web app). */
  registerPages?(app: FastifyInstance, ctx: SandboxContext): void | Promise<void>;
}
