import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { SCRYPT_PARAMS } from '../server/auth/password';
import { writeLoadSeed } from './load-seed';
import { channelIdsOf, findLostPosts, runLogins, runPosts } from './scenario';
import { startServerProcess } from './server-process';
import { formatPhase } from './stats';

const positive = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return parsed;
};

const program = new Command()
  .name('npm run sandbox:load --')
  .description('Load check: concurrent logins and posts against one sandbox; fails on any error or lost post')
  .option('--logins <n>', 'concurrent logins', positive, 200)
  .option('--posts <n>', 'posts in total', positive, 1000)
  .option('--clients <n>', 'posting clients (and seeded users)', positive, 20)
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

async function main(): Promise<number> {
  const options = program.parse().opts<{ logins: number; posts: number; clients: number }>();
  const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-load-'));
  const { file, accounts } = writeLoadSeed(dir, options.clients);
  const server = await startServerProcess(['--port', '0', '--seed', file, '--db', path.join(dir, 'load.db')]);
  try {
    const { N, r, p } = SCRYPT_PARAMS;
    console.log(
      `sandbox ${server.url} | ${cpus().length} CPUs | node ${process.version} | scrypt N=${N} r=${r} p=${p}`,
    );
    const logins = await runLogins(server.url, accounts, options.logins);
    console.log(formatPhase(logins.phase));
    const clientTokens = logins.tokens.slice(0, options.clients);
    const channelIds = await channelIdsOf(server.url, clientTokens[0], 'load', ['town-square', 'off-topic']);
    const posts = await runPosts(server.url, clientTokens, channelIds, options.posts);
    console.log(formatPhase(posts.phase));
    const lost = await findLostPosts(server.url, clientTokens[0], channelIds, posts.sent);
    const errors = [...logins.phase.errors, ...posts.phase.errors];
    console.log(
      `verify  ${posts.sent.length} posts sent and acknowledged, ${lost.length} lost or altered on read-back`,
    );
    for (const error of errors.slice(0, 10)) console.error(`error: ${error}`);
    const ok = errors.length === 0 && lost.length === 0 && posts.sent.length === options.posts;
    console.log(ok ? 'load check passed' : 'load check FAILED');
    return ok ? 0 : 1;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`sandbox:load: ${(error as Error).message}`);
    process.exit(1);
  },
);
