// `npm run coverage -- [--cases DIR] [--depth N] [--top N]`: how many action and expected lines of the cases
// bind to a step definition, per folder and priority, and the most frequent unbound phrases.
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { measureCoverage } from './coverage';
import { formatCoverage } from './format';
import { loadStepMatcher } from './step-matcher';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

const program = new Command()
  .name('npm run coverage --')
  .description('Which action and expected lines of the cases bind to a step definition')
  .option('--cases <dir>', 'folder of markdown cases', 'cases')
  .option('--depth <n>', 'folder levels per group in the "by folder" table', positive, 1)
  .option('--top <n>', 'how many unbound phrases to list', positive, 25)
  .option('--web-core', 'only the web-core cases (tools/reach/web-core.ts)')
  .action(async (flags: { cases: string; depth: number; top: number; webCore?: boolean }) => {
    const matcher = await loadStepMatcher(REPO_ROOT);
    const coverage = measureCoverage(
      { casesDir: path.resolve(flags.cases), depth: flags.depth, webCore: flags.webCore },
      matcher,
    );
    if (coverage.cases === 0) throw new Error(`no cases found under ${flags.cases}`);
    console.log(formatCoverage(coverage, flags.cases, matcher.definitionCount, flags.top));
  });

program.parseAsync().catch((error: Error) => {
  process.stderr.write(`coverage: ${error.message}\n`);
  process.exitCode = 1;
});
