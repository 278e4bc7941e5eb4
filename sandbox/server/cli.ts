import { Command, InvalidArgumentError, Option } from 'commander';
import type { PasswordCost } from './auth/password';
import { startSandbox } from './index';
import { SeedError } from './seed/load';

function integer(min: number, max: number) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got "${value}"`);
    }
    return parsed;
  };
}

const program = new Command()
  .name('npm run sandbox --')
  .description('Start the Mattermost-compatible sandbox server on 127.0.0.1')
  .option('--port <n>', 'port to listen on (0 = any free port)', integer(0, 65535), 0)
  .option('--db <file>', 'SQLite database file (default: a temp file removed on exit)')
  .option('--seed <file>', 'seed JSON applied to an empty database (default: sandbox/seed/default.json)')
  .option('--status-interval-ms <n>', 'status poll interval of the web app', integer(100, 3_600_000), 60_000)
  .option(
    '--maximum-login-attempts <n>',
    'failed logins that lock an account until its password is reset (Mattermost: MaximumLoginAttempts)',
    integer(1, 1_000_000),
    10,
  )
  .addOption(
    new Option('--password-cost <cost>', 'scrypt cost of password hashes (fast: for throwaway test servers)')
      .choices(['standard', 'fast'])
      .default('standard'),
  )
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<{
    port: number;
    db?: string;
    seed?: string;
    statusIntervalMs: number;
    passwordCost: PasswordCost;
    maximumLoginAttempts: number;
  }>();
  const sandbox = await startSandbox({
    port: options.port,
    dbFile: options.db,
    seedFile: options.seed,
    statusIntervalMs: options.statusIntervalMs,
    passwordCost: options.passwordCost,
    maximumLoginAttempts: options.maximumLoginAttempts,
  });
  console.log(`Sandbox listening on ${sandbox.url}`);
  const stop = async (signal: string) => {
    console.log(`Sandbox stopping (${signal})`);
    await sandbox.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(`sandbox: ${error instanceof SeedError ? error.message : (error as Error).message}`);
  process.exit(error instanceof SeedError ? 2 : 1);
});
