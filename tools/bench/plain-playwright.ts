// The plain Playwright side of `npm run bench:scenario`: starts the sandbox and one chromium, runs N scenarios
// (a fresh context and page each, then the fixed actions of browser-actions.ts), prints JSON timings.
import { chromium } from 'playwright';
import { startSandbox } from '../../sandbox/server';
import { CHROMIUM_ARGS, findBrowser } from '../bdd/browser-path';
import { credentialsFromSeed, runSandboxOptions } from '../bdd/target';
import { postMessage, seeMessage, signIn } from './browser-actions';
import { REPO_ROOT } from './measure';

async function main(count: number): Promise<void> {
  const started = performance.now();
  const sandboxOptions = runSandboxOptions(REPO_ROOT);
  const seedFile = sandboxOptions.seedFile!;
  const sandbox = await startSandbox(sandboxOptions);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const seed = credentialsFromSeed(seedFile);
  const user = { username: seed.MM_USERNAME, password: seed.MM_PASSWORD };
  const scenarios: number[] = [];
  try {
    for (let index = 1; index <= count; index++) {
      const scenarioStarted = performance.now();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await signIn(page, sandbox.url, user);
      await postMessage(page, `bench message ${index}`);
      await seeMessage(page, `bench message ${index}`);
      await context.close();
      scenarios.push(performance.now() - scenarioStarted);
    }
  } finally {
    await browser.close();
    await sandbox.close();
  }
  console.log(JSON.stringify({ scenarios, totalMs: performance.now() - started }));
}

main(Number(process.argv[2]) || 8).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
