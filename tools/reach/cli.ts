import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { corpusDir, missingCorpusMessage } from '../corpus';
import { reach } from './reach';
import { REPO_ROOT } from './run';
import { formatScreen, writeSummary } from './summary';

const log = (line: string) => console.error(`reach: ${line}`);

interface CliOptions {
  cases: string;
  only?: string;
  parallel: number;
  keep?: boolean;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of 1 or more');
  return n;
}

/**
 * `npm run reach -- [--cases DIR] [--only GLOB] [--parallel N]`: every corpus case generated, bound by a dry run,
 * run in the browser when every line binds, and classified; reports/reach/summary.json and one screen of totals.
 */
async function main(argv: string[]): Promise<number> {
  const program = new Command('npm run reach --')
    .option(
      '--cases <dir>',
      'corpus folder (default: $CASEBOOK_CORPUS or ../shared/corpus/mattermost-test-management)',
    )
    .option(
      '--only <glob>',
      'only cases whose path (relative to the corpus) or key matches, e.g. "channels/messaging/**" or "MM-T21*"',
    )
    .option('--parallel <n>', 'cucumber workers for the browser runs', positiveInteger, 1)
    .option('--keep', 'keep the temporary folder of features and messages (its path is printed)')
    .exitOverride();
  program.parse(argv, { from: 'user' });
  const options = program.opts<CliOptions>();
  const casesDir = options.cases ? path.resolve(REPO_ROOT, options.cases) : corpusDir();
  if (!fs.existsSync(casesDir)) {
    log(
      options.cases
        ? `error: the cases folder ${casesDir} does not exist: give --cases DIR or set CASEBOOK_CORPUS`
        : `error: ${missingCorpusMessage(casesDir)}`,
    );
    return 2;
  }
  const run = await reach({ casesDir, only: options.only, parallel: options.parallel, log });
  try {
    const summaryFile = path.join(REPO_ROOT, 'reports', 'reach', 'summary.json');
    writeSummary(summaryFile, run.summary);
    console.log(formatScreen(run.summary));
    log(`per-case results: ${path.relative(process.cwd(), summaryFile)}`);
    return 0;
  } finally {
    await run.browser.stop();
    if (options.keep) log(`features and messages kept in ${run.workDir}`);
    else fs.rmSync(run.workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error?.code?.startsWith?.('commander.')) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
