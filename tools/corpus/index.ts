/**
 * Where the public Mattermost test-management corpus is: one setting, `CASEBOOK_CORPUS`, for every command and
 * test that reads it. Outside this repository's own machine the corpus is not beside the clone, so a missing
 * corpus says how to get it rather than failing on a bare path.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Relative to the repository: the corpus checked out beside it. */
export const DEFAULT_CORPUS = '../shared/corpus/mattermost-test-management';
export const CORPUS_SETTING = 'CASEBOOK_CORPUS';
/** The commit of mattermost/mattermost-test-management the cases, counts and baselines were taken from. */
export const CORPUS_COMMIT = '837deb7';

/** The corpus folder: `CASEBOOK_CORPUS` (absolute, or relative to the repository) or the default. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  const setting = env[CORPUS_SETTING]?.trim();
  return path.resolve(REPO_ROOT, setting || DEFAULT_CORPUS);
}

/** What to do when there is no corpus at `dir`. */
export function missingCorpusMessage(dir: string): string {
  return [
    `no test-case corpus at ${dir}.`,
    `Get the public corpus (mattermost/mattermost-test-management at commit ${CORPUS_COMMIT}, folder data/test-cases) and point ${CORPUS_SETTING} at it:`,
    '  git clone https://github.com/mattermost/mattermost-test-management.git',
    `  git -C mattermost-test-management checkout ${CORPUS_COMMIT}`,
    `  export ${CORPUS_SETTING}="$PWD/mattermost-test-management/data/test-cases"`,
  ].join('\n');
}

export class MissingCorpusError extends Error {
  constructor(readonly dir: string) {
    super(missingCorpusMessage(dir));
    this.name = 'MissingCorpusError';
  }
}

/** The corpus folder, or a MissingCorpusError that says how to get it. */
export function requireCorpus(env: NodeJS.ProcessEnv = process.env): string {
  const dir = corpusDir(env);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new MissingCorpusError(dir);
  return dir;
}
