import { existsSync } from 'node:fs';
import path from 'node:path';

type BuildReport = (options: { resultsDir: string; outDir: string }) => Promise<unknown>;

/**
 * Builds the HTML report with tools/report when that module is part of the checkout; skips quietly otherwise.
 * A report failure is printed but never changes the run's exit code.
 */
export async function buildReportIfAvailable(
  repoRoot: string,
  reportsDir: string,
): Promise<string | undefined> {
  const modulePath = path.join(repoRoot, 'tools', 'report', 'index.ts');
  if (!existsSync(modulePath)) return undefined;
  try {
    const { buildReport } = (await import(modulePath)) as { buildReport?: BuildReport };
    if (typeof buildReport !== 'function') return undefined;
    const outDir = path.join(reportsDir, 'html');
    await buildReport({ resultsDir: reportsDir, outDir });
    return path.join(outDir, 'index.html');
  } catch (error) {
    console.error(`bdd: the HTML report could not be built: ${(error as Error).message}`);
    return undefined;
  }
}
