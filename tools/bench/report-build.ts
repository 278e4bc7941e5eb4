// One measured report build, in its own process so that its peak memory is its own.
// Usage: node --require ./tools/ts-cache/register.js tools/bench/report-build.ts <resultsDir> <outDir>; prints {"ms":…,"cpuMs":…,"maxRssMb":…,"cases":…} on stdout.
import { buildReport } from '../report';

async function main(): Promise<void> {
  const [resultsDir, outDir] = process.argv.slice(2);
  if (!resultsDir || !outDir) throw new Error('usage: report-build.ts <resultsDir> <outDir>');
  const started = performance.now();
  const { summary } = await buildReport({ resultsDir, outDir });
  const ms = performance.now() - started;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  // CPU time too: wall time on a shared 2-core machine depends on what else runs.
  const cpuMs = (userCPUTime + systemCPUTime) / 1000;
  const result = {
    ms,
    cpuMs,
    maxRssMb: maxRSS / 1024,
    cases: summary.total.cases,
    warnings: summary.warnings,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
