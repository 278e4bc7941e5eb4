// Runs multiple-cucumber-html-reporter 3.11.0. It is ESM-only (its package exports only an `import`
// condition), and this project compiles to CommonJS: tsc (and swc, which the project's loader uses) rewrites
// `import()` into `require()`, which cannot load it. A Function-constructed `import()` is left alone by
// the compiler, and importing the local .mjs shim by absolute URL makes the result independent of the
// working directory.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { generate } from 'multiple-cucumber-html-reporter';

export type ReporterOptions = Parameters<typeof generate>[0];
type ReporterModule = { generate: typeof generate };

const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<unknown>;

async function loadReporter(): Promise<ReporterModule> {
  return (await importEsm(pathToFileURL(path.join(__dirname, 'reporter-shim.mjs')).href)) as ReporterModule;
}

/** The reporter logs "Creating Report CSS file..." and the like without a way to turn it off. */
async function withConsoleLogMuted<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

export async function runReporter(options: ReporterOptions): Promise<void> {
  const { generate } = await loadReporter();
  await withConsoleLogMuted(() => generate({ ...options, disableLog: true, staticFilePath: true }));
}
