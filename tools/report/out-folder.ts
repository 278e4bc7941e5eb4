// The report folder is replaced as a whole, so casebook must only ever replace a folder it wrote itself.
import fs from 'node:fs';
import path from 'node:path';

/** Written into every report folder: only a folder holding it (or an empty one) may be replaced. */
export const REPORT_MARKER = '.casebook-report';

// What reports written before the marker existed hold at their top level (multiple-cucumber-html-reporter's
// pages and assets, casebook's overview and attachments): such a folder is recognised as a report too.
const LEGACY_REPORT_ENTRIES = new Set([
  'index.html',
  'overview.html',
  'features',
  'assets',
  'scripts',
  'styles.min.css',
  'attachments',
]);

/**
 * Throws, with what to do, when `outDir` exists and is not a previous casebook report: a file, or a folder
 * holding anything casebook did not write (`--out cases` once deleted the markdown cases).
 */
export function checkReplaceable(outDir: string, shown: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(outDir);
  } catch {
    return; // not there yet
  }
  if (!stat.isDirectory()) {
    throw new Error(
      `--out ${shown} is a file, not a report folder: casebook will not replace it (pass --out with a new folder, e.g. reports/html)`,
    );
  }
  const entries = fs.readdirSync(outDir);
  if (entries.length === 0 || entries.includes(REPORT_MARKER)) return;
  const legacy = entries.includes('index.html') && entries.every((name) => LEGACY_REPORT_ENTRIES.has(name));
  if (legacy) return;
  throw new Error(
    `--out ${shown} already holds files casebook did not write (no ${REPORT_MARKER} marker), and the report replaces its folder as a whole: pass --out with a new or empty folder, e.g. reports/html`,
  );
}

export function writeMarker(buildDir: string): void {
  fs.writeFileSync(
    path.join(buildDir, REPORT_MARKER),
    'This folder is a casebook HTML report: `npm run report` and `npm run bdd` replace it as a whole.\n',
  );
}
