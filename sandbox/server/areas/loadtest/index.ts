import fs from 'node:fs';
import path from 'node:path';
import type { SandboxContext } from '../../context';
import type { SandboxArea } from '../area';
import { type BuiltinRun, registerBuiltin } from '../commands';
import { savedServiceSettings } from '../integrations/settings';

/**
 * Mattermost's `/test` slash command (server/channels/app/slashcommands/command_loadtest.go, on when
 * EnableTesting is set), of which the sandbox keeps `/test url <file>`: the posts the manual cases call "the test
 * post" ("Assuming /test url test-search.md has been run"). Mattermost fetches a name without `http` from its
 * repository's `server/tests/` folder; the sandbox has no network, so it reads the same files from `tests/` here
 * (each one a verbatim copy of that folder's file). Each 4000 bytes of the file become one post of the caller, and
 * the caller alone sees "Loaded data".
 */
const TESTS_DIR = path.join(__dirname, 'tests');
const CHUNK_BYTES = 4000;

const ephemeral = (text: string) => ({ response_type: 'ephemeral' as const, text });

function testCommand(ctx: SandboxContext, run: BuiltinRun, argument: string) {
  const [subcommand = '', ...rest] = argument.trim().split(/\s+/);
  if (subcommand.toLowerCase() !== 'url')
    return ephemeral(
      `The sandbox's /test knows only "url" (as in /test url test-search.md), not "${subcommand}".`,
    );
  const name = rest.join(' ');
  if (name === '') return ephemeral('Command must contain a url');
  const text = testFile(name);
  if (text === undefined) return ephemeral('Unable to get file');
  for (const message of chunks(text)) postAsCaller(ctx, run, message);
  return ephemeral('Loaded data');
}

/** The file's text, for a plain name of `tests/` (".md" added when it has no extension, as Mattermost does). */
export function testFile(name: string): string | undefined {
  if (/^https?:/i.test(name) || !/^[\w.-]+$/.test(name)) return undefined;
  const file = path.join(TESTS_DIR, path.extname(name) ? name : `${name}.md`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** Pieces of at most CHUNK_BYTES bytes, cut between characters (Mattermost cuts raw bytes). */
function chunks(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of text) {
    if (Buffer.byteLength(current + char) > CHUNK_BYTES) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  if (current) pieces.push(current);
  return pieces;
}

function postAsCaller(ctx: SandboxContext, run: BuiltinRun, message: string): void {
  const post = ctx.stores.posts.create({
    channel_id: run.channel.id,
    user_id: run.auth.user.id,
    root_id: run.rootId,
    message,
    type: '',
  });
  ctx.stores.channels.recordPost(run.channel.id, post.create_at);
  ctx.hub.publishPost(run.channel, post, run.auth.user);
}

/**
 * ServiceSettings.EnableTesting, as the System Console saved it. Mattermost's default is false, but the sandbox runs
 * as Mattermost's own test servers do (e2e-tests' DEFAULT_TEST_SETTINGS turn it on), so before any save it is on.
 */
function testingEnabled(ctx: SandboxContext): boolean {
  return savedServiceSettings(ctx.stores.db).EnableTesting !== false;
}

registerBuiltin('test', testCommand, testingEnabled);

export const area: SandboxArea = { name: 'loadtest' };
