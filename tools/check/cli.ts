// `npm run check -- [FILE|DIR…] [--strict]`: which cases will run, and why each line that will not run does not
// (`path:line:column: warning: …`, as editors read it). Default: the project's cases/.
import path from 'node:path';
import { Command } from 'commander';
import { REPO_ROOT } from '../corpus';
import { loadCachedStepMatcher } from '../coverage/step-matcher';
import { checkCases } from './check';
import { formatCheck, strictFailure } from './format';
import { checkInputs } from './inputs';
import { loadExamples } from './nearest';

const program = new Command()
  .name('npm run check --')
  .description('Which cases will run, and each line that will not, as path:line:column: warning: why')
  .argument('[paths...]', 'case files or folders (default: cases/)')
  .option('--strict', 'exit 1 when any line is unbound, ambiguous or vague')
  .action(async (paths: string[], flags: { strict?: boolean }) => {
    // npm runs scripts from the package folder; paths are the user's, relative to where they typed them.
    const userCwd = process.env.INIT_CWD ?? process.cwd();
    const given = paths.length ? paths.map((p) => path.resolve(userCwd, p)) : [path.join(REPO_ROOT, 'cases')];
    const inputs = checkInputs(given, REPO_ROOT, process.cwd());
    if (inputs.every((input) => input.files.length === 0))
      throw new Error(`no cases found in ${paths.join(' ')}`);
    const matcher = await loadCachedStepMatcher(REPO_ROOT);
    const results = checkCases(inputs, {
      matcher,
      examples: loadExamples(REPO_ROOT),
      rootDir: process.cwd(),
    });
    console.log(formatCheck(results));
    if (flags.strict && strictFailure(results)) process.exitCode = 1;
  });

program.parseAsync().catch((error: Error) => {
  process.stderr.write(`check: ${error.message}\n`);
  process.exitCode = 2;
});
