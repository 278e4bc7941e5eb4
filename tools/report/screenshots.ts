// Screenshots of a built report for the README:
// `node --require ./tools/ts-cache/register.js tools/report/screenshots.ts [reportDir] [docsDir]`
// writes <docsDir>/report.png (the index) and <docsDir>/report-overview.png (cases by priority and folder).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../support/browser';
import { findBrowser } from '../bdd/browser-path';

// Whole pages, up to this height (a long feature list is cut).
const MAX_HEIGHT = 2600;
const SHOTS = [
  { page: 'index.html', file: 'report.png' },
  { page: 'overview.html', file: 'report-overview.png' },
];

async function main(reportDir = 'reports/html', docsDir = 'docs'): Promise<void> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No chromium found: set BROWSER_PATH or install Debian chromium');
  const browser = await launchBrowser({ executablePath, headless: true });
  try {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      colorScheme: 'light',
    });
    for (const shot of SHOTS) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.resolve(reportDir, shot.page)).href);
      // The reporter's charts are drawn by script after load.
      await page.waitForTimeout(1500);
      const file = path.resolve(docsDir, shot.file);
      const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1400, height }, fullPage: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
  }
}

main(...process.argv.slice(2)).catch((error: Error) => {
  console.error(`screenshots: ${error.message}`);
  process.exitCode = 1;
});
