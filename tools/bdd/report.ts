import { existsSync } from 'node:fs';
import path from 'node:path';

interface ReportModule {
  buildReport?: (options: {
    resultsDir: string;
    outDir: string;
    casesRoot?: string;
    configFile?: string;
  }) => Promise<{ indexPath: string; summary: unknown }>;
  printSummary?: (summary: never) => void;
}

/**
 * Builds the HTML report with tools/report (and prints its terminal summary) when that module is part of the
 * checkout; skips quietly otherwise. A report failure is printed but never changes the run's exit code.
 */
export async function buildReportIfAvailable(
  repoRoot: string,
  reportsDir: string,
): Promise<string | undefined> {
  const modulePath = path.join(repoRoot, 'tools', 'report', 'index.ts');
  if (!existsSync(modulePath)) return undefined;
  try {
    const report = (await import(modulePath)) as ReportModule;
    if (typeof report.buildReport !== 'function') return undefined;
    const { indexPath, summary } = await report.buildReport({
      resultsDir: reportsDir,
      outDir: path.join(reportsDir, 'html'),
      casesRoot: repoRoot,
      configFile: path.join(repoRoot, 'package.json'),
    });
    report.printSummary?.(summary as never);
    return indexPath;
  } catch (error) {
    console.error(`bdd: the HTML report could not be built: ${(error as Error).message}`);
    return undefined;
  }
}
