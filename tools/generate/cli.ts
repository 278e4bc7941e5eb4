import { resolve } from 'node:path';
import { Command } from 'commander';
import { whyNoFolder } from '../files/folders';
import { generate } from './run';
import { formatProblem, formatSummary, progressReporter } from './summary';
import { watchCases } from './watch';

interface CliOptions {
  cases: string;
  out: string;
  watch?: boolean;
}

const program = new Command()
  .name('npm run generate --')
  .description('Converts markdown test cases into Gherkin features.')
  .option('--cases <dir>', 'folder of markdown cases', 'cases')
  .option('--out <dir>', 'folder for the generated features', 'features')
  .option('--watch', 'regenerate whenever a case changes, until Ctrl-C')
  .showHelpAfterError()
  .action((options: CliOptions) => {
    const code = runOnce(options);
    if (options.watch) watchCases(options.cases, () => runOnce(options));
    else process.exitCode = code;
  });

/** One generation with its problems and summary printed; returns the exit code (1 when any input is bad). */
function runOnce(options: CliOptions): number {
  try {
    const report = generate({
      casesDir: options.cases,
      outDir: options.out,
      onProgress: progressReporter(process.stderr),
    });
    for (const problem of [...report.warnings, ...report.errors]) console.error(formatProblem(problem));
    console.log(formatSummary(report, options.out));
    return report.errors.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`casebook generate: ${describe(error, options)}`);
    return 1;
  }
}

function describe(error: unknown, options: CliOptions): string {
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT' && path !== undefined && path.endsWith(options.cases.replace(/\/$/, ''))) {
    return `the cases folder ${options.cases} does not exist (pass --cases DIR)`;
  }
  const casesDir = resolve(options.cases);
  const underCases =
    path !== undefined && (resolve(path) === casesDir || resolve(path).startsWith(`${casesDir}/`));
  if (underCases && (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR')) {
    return `cannot read the cases folder ${options.cases} (${code}): pass --cases DIR with a folder you can read`;
  }
  if (code === 'EACCES' || code === 'EROFS') {
    return `cannot write under ${path ?? options.out} (${code}): pass --out DIR with a folder you can write to`;
  }
  const why = whyNoFolder(error, options.out);
  if (why) return `cannot make the output folder ${options.out}: ${why} (pass --out DIR)`;
  return error instanceof Error ? error.message : String(error);
}

program.parse();
