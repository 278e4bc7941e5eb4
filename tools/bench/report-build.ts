// One measured report build, in its own process so that its peak memory is its own.
// Usage: tsx tools/bench/report-build.ts <resultsDir> <outDir>; prints {"ms":…,"maxRssMb":…,"cases":…} on stdout.
import { buildReport } from '../report';

async function main(): Promise<void> {
  const [resultsDir, outDir] = process.argv.slice(2);
  if (!resultsDir || !outDir) throw new Error('usage: report-build.ts <resultsDir> <outDir>');
  const started = performance.now();
  const { summary } = await buildReport({ resultsDir, outDir });
  const ms = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ ms, maxRssMb, cases: summary.total.cases, warnings: summary.warnings })}\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
