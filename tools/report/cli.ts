// `npm run report`: rebuilds the HTML report from the results already on disk (one run, shards or reruns).
import { Command } from 'commander';
import { buildReport, printSummary } from './index';

const program = new Command()
  .name('npm run report --')
  .description(
    'Build reports/html from Cucumber results: every cucumber*.json / messages*.ndjson under --results',
  )
  .option('--results <dir>', 'folder the runs wrote their results to (searched recursively)', 'reports')
  .option('--out <dir>', 'folder for the HTML report (replaced)', 'reports/html')
  .option('--cases-root <dir>', 'folder the cases/… source paths are relative to', '.')
  .option('--project <name>', 'project name shown in the run information')
  .action(async (flags: { results: string; out: string; casesRoot: string; project?: string }) => {
    const { summary } = await buildReport({
      resultsDir: flags.results,
      outDir: flags.out,
      casesRoot: flags.casesRoot,
      projectName: flags.project,
    });
    printSummary(summary);
  });

program.parseAsync().catch((error: Error) => {
  process.stderr.write(`report: ${error.message}\n`);
  process.exitCode = 1;
});
