// tools/report: Cucumber results (messages and/or JSON, one or many runs) → reports/html/index.html with
// multiple-cucumber-html-reporter, plus casebook's overview page and a terminal summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFoldersOrExplain } from '../files/folders';
import { AttachmentWriter } from './attachments';
import { readReportConfig } from './config';
import type { LinkOptions } from './links';
import { checkReplaceable, writeMarker } from './out-folder';
import { overviewPage } from './overview/page';
import { headerOptions } from './report-meta';
import { runReporter } from './reporter';
import { featureIdOf, toReporterFeatures } from './reporter-json';
import { discoverResults } from './results/discover';
import { loadResultSet } from './results/load';
import { mergeRuns } from './results/merge';
import { mergedRunMeta } from './run-meta';
import { type RunSummary, summarise } from './summary';

export type { RunSummary } from './summary';
export { formatSummary, printSummary } from './terminal';

export interface BuildReportOptions {
  /** where the run wrote its results, e.g. 'reports' */
  resultsDir: string;
  /** where the HTML goes, e.g. 'reports/html'; replaced as a whole once the new report is complete */
  outDir: string;
  /** shown in the run information; defaults to the config, then package.json "name" */
  projectName?: string;
  /** the folder `cases/…` paths are relative to; defaults to the working directory */
  casesRoot?: string;
  /** package.json holding the "casebook.report" section; defaults to the one in the working directory */
  configFile?: string;
}

function checkOutDir(outDir: string, resultsDir: string): void {
  const contains = (outer: string, inner: string) => !path.relative(outer, inner).startsWith('..');
  if (contains(outDir, resultsDir) || contains(outDir, process.cwd())) {
    throw new Error(
      `Report folder ${outDir} would replace ${resultsDir} or the project: choose a folder of its own, e.g. reports/html`,
    );
  }
}

async function loadScenarios(resultsDir: string, outDir: string, warn: (message: string) => void) {
  if (!fs.existsSync(resultsDir))
    throw new Error(`No results folder ${resultsDir}: run \`npm run bdd\` first`);
  const { sets, runMetaFiles } = discoverResults(resultsDir, [outDir]);
  if (sets.length === 0) {
    throw new Error(
      `No Cucumber results in ${resultsDir} (looked for cucumber*.json and messages*.ndjson): run \`npm run bdd\` first`,
    );
  }
  const runs = [];
  for (const set of sets) runs.push(await loadResultSet(set, warn));
  const scenarios = mergeRuns(runs);
  if (scenarios.length === 0) warn(`${resultsDir}: the results hold no scenarios`);
  return { scenarios, runMeta: mergedRunMeta(runMetaFiles, warn) };
}

/** Writes into a fresh sibling folder, then swaps it in: a failed build leaves the previous report intact. */
async function writeAtomically(outDir: string, write: (buildDir: string) => Promise<void>): Promise<void> {
  const buildDir = `${outDir}.building-${process.pid}`;
  fs.rmSync(buildDir, { recursive: true, force: true });
  makeFoldersOrExplain(buildDir, { role: 'report folder', shown: outDir, advice: 'pass --out DIR' });
  try {
    await write(buildDir);
    writeMarker(buildDir);
    // Checked again just before the swap: the folder may have been filled while the report was built.
    checkReplaceable(outDir, outDir);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(buildDir, outDir);
  } finally {
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
}

export async function buildReport(
  options: BuildReportOptions,
): Promise<{ indexPath: string; summary: RunSummary }> {
  const resultsDir = path.resolve(options.resultsDir);
  const outDir = path.resolve(options.outDir);
  checkOutDir(outDir, resultsDir);
  checkReplaceable(outDir, options.outDir);
  const config = readReportConfig(options.configFile ?? path.resolve('package.json'));
  const warnings: string[] = [];
  const { scenarios, runMeta } = await loadScenarios(resultsDir, outDir, (message) => warnings.push(message));
  const header = headerOptions(config, runMeta, options.projectName);
  const links: LinkOptions = {
    casesRoot: path.resolve(options.casesRoot ?? '.'),
    sourceBaseUrl: config.sourceBaseUrl,
  };
  const counts = summarise(scenarios, featureIdOf);

  await writeAtomically(outDir, async (buildDir) => {
    const features = toReporterFeatures(scenarios, {
      writer: new AttachmentWriter(buildDir),
      metadata: header.metadata,
      links,
      pageDir: path.join(outDir, 'features'),
      reportDir: outDir,
    });
    // The reporter reads every .json under jsonDir, so it gets a folder holding only this file.
    const jsonDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-report-'));
    try {
      fs.writeFileSync(path.join(jsonDir, 'features.json'), JSON.stringify(features));
      await runReporter({ jsonDir, reportPath: buildDir, displayDuration: true, ...header });
    } finally {
      fs.rmSync(jsonDir, { recursive: true, force: true });
    }
    const overview = { reportName: config.name, pageTitle: config.title, counts, links, reportDir: outDir };
    fs.writeFileSync(path.join(buildDir, 'overview.html'), overviewPage(overview));
  });

  const indexPath = path.join(outDir, 'index.html');
  const summary: RunSummary = {
    ...counts,
    indexPath,
    overviewPath: path.join(outDir, 'overview.html'),
    startedAt: runMeta.startedAt,
    durationMs: runMeta.durationMs,
    warnings,
  };
  return { indexPath, summary };
}
