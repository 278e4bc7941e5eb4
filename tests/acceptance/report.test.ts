// Builds the HTML report from a real run of the fixture project (passed, failed with evidence, undefined,
// pending, skipped, flaky and hostile scenarios) and checks it in headless chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright';
import { buildReport } from '../../tools/report';
import { ReportBrowser } from './report-browser';
import { fixtureDir, RUN_META, runFixture, tempDir } from './report-fixture';

const work = tempDir('report-acceptance');
const resultsDir = path.join(work, 'reports');
const outDir = path.join(resultsDir, 'html');
const CONFIG = { name: 'Fixture <b>cases</b>', title: `Nightly "run" <script>alert(30)</script>` };
const PAYLOAD = '<img src=x onerror=alert(1)>';
let browser: ReportBrowser;

const pageUrl = (file: string) => pathToFileURL(path.join(outDir, file)).href;
const texts = (page: Page | Locator, selector: string) =>
  page
    .locator(selector)
    .allTextContents()
    .then((all) => all.map((t) => t.trim()));

async function openFeature(file: string): Promise<Page> {
  const page = await browser.open(pageUrl(`features/${file}.html`));
  await browser.exercise(page);
  return page;
}

before(async () => {
  assert.equal(
    runFixture(resultsDir, ['--retry', '1']),
    1,
    'the fixture run has failures, so cucumber exits 1',
  );
  fs.writeFileSync(path.join(resultsDir, 'run-meta.json'), JSON.stringify(RUN_META));
  const configFile = path.join(work, 'package.json');
  fs.writeFileSync(configFile, JSON.stringify({ name: 'fixture', casebook: { report: CONFIG } }));
  await buildReport({ resultsDir, outDir, casesRoot: fixtureDir, configFile });
  browser = await ReportBrowser.launch();
});

after(async () => {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('the HTML report of the fixture run', () => {
  it('shows the configured name and title and the run metadata on the index', async () => {
    const page = await browser.open(pageUrl('index.html'));
    assert.equal(await page.title(), CONFIG.title);
    assert.equal((await page.locator('header h1').textContent())?.trim(), CONFIG.name);
    const info = await page.locator('body').textContent();
    for (const fact of [
      'chromium 156.0.8078.108',
      'http://127.0.0.1:8065',
      '10.5.0-sandbox',
      '56d2bad12345',
      '30.5 s',
    ]) {
      assert.ok(info?.includes(fact), `run information shows ${fact}`);
    }
    assert.equal(await page.locator('a[href="overview.html"]').count(), 1);
  });

  it('names features with their key and shows key, priority, P-level, status and folder tags first', async () => {
    const page = await browser.open(pageUrl('index.html'));
    const row = page.locator('#features-table-body tr', {
      hasText: 'MM-T9001: Log in with a valid password',
    });
    assert.deepEqual((await texts(row, 'span.rounded-full')).slice(0, 6), [
      '@MM-T9001',
      '@TestCaseKey=MM-T9001',
      '@priority:smoke-test',
      '@P1',
      '@status:active',
      '@folder:sign-in-authentication',
    ]);
    const flakyRow = page.locator('#features-table-body tr', { hasText: 'MM-T9005' });
    assert.ok((await texts(flakyRow, 'span.rounded-full')).includes('@flaky'));
  });

  it('counts cases by P-level on the overview page', async () => {
    const page = await browser.open(pageUrl('overview.html'));
    const row = async (group: string) =>
      texts(page, `table[data-table="P-level"] tr[data-group="${group}"] td`).then((cells) =>
        cells.slice(1, 8),
      );
    // cases, passed, failed, undefined, pending, skipped, flaky
    assert.deepEqual(await row('P1'), ['1', '1', '0', '0', '0', '0', '0']);
    assert.deepEqual(await row('P2'), ['2', '1', '1', '0', '0', '0', '1']);
    assert.deepEqual(await row('P3'), ['2', '0', '0', '1', '1', '0', '0']);
    assert.deepEqual(await row('P4'), ['2', '0', '1', '0', '0', '1', '0']);
    const automated = await texts(page, 'table[data-table="P-level"] tr[data-group="P3"] td:last-child');
    assert.deepEqual(automated, ['2 / 4 steps (50%)']);
    assert.ok(
      (await texts(page, 'table[data-table="Folder"] td:first-child')).includes('sign-in-authentication'),
    );
  });

  it('shows the screenshot and a downloadable trace of a failed case, and where it failed', async () => {
    const page = await openFeature('sign-in-authentication-MM-T9002');
    const screenshot = page.locator('.casebook-evidence img').filter({ visible: true });
    assert.ok(await screenshot.isVisible());
    assert.ok((await screenshot.evaluate((img: HTMLImageElement) => img.naturalWidth)) > 100);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a.casebook-download').filter({ visible: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'trace.zip');
    const saved = path.join(work, 'downloaded-trace.zip');
    await download.saveAs(saved);
    assert.deepEqual(fs.readFileSync(saved), fs.readFileSync(path.join(fixtureDir, 'evidence/trace.zip')));
    assert.match(
      (await page.locator('.casebook-evidence').filter({ visible: true }).textContent()) ?? '',
      /npx playwright show-trace/,
    );
    assert.ok(
      (await page.locator('.casebook-more').filter({ visible: true }).textContent())?.includes(
        'MM-T9002.md:20',
      ),
    );
  });

  it('links the case key to its markdown source', async () => {
    const page = await openFeature('sign-in-authentication-MM-T9002');
    const href = await page.locator('a.casebook-key').first().getAttribute('href');
    const target = fileURLToPath(new URL(href!, page.url()));
    assert.equal(target, path.join(fixtureDir, 'cases/sign-in-authentication/MM-T9002.md'));
    assert.ok(fs.existsSync(target));
  });

  it('lists related tickets as links', async () => {
    const page = await openFeature('sign-in-authentication-MM-T9001');
    const related = page.locator('a.casebook-related').filter({ visible: true });
    assert.equal(await related.getAttribute('href'), 'https://mattermost.atlassian.net/browse/MM-11111');
    assert.equal(await related.textContent(), 'Login button does nothing MM-11111');
  });

  it('marks a scenario that failed and then passed as flaky', async () => {
    const page = await openFeature('messaging-MM-T9005');
    assert.equal(await page.locator('.casebook-flaky').first().textContent(), 'FLAKY');
    assert.match(
      (await page.locator('.casebook-case').first().textContent()) ?? '',
      /2 attempts: failed → passed/,
    );
  });

  it('shows hostile case text literally and runs none of it, on every page', async () => {
    const hostile = await openFeature('hostile-MM-T9006');
    const text = (await hostile.locator('body').textContent()) ?? '';
    for (const literal of [PAYLOAD, '</script><script>alert(2)</script>', 'alert(15)', 'alert(18)']) {
      assert.ok(text.includes(literal), `shows ${literal}`);
    }
    assert.equal(await hostile.locator('a[href^="javascript:" i]').count(), 0);
    const features = fs.readdirSync(path.join(outDir, 'features')).map((file) => `features/${file}`);
    for (const file of ['index.html', 'overview.html', ...features]) {
      const page = await browser.open(pageUrl(file));
      await browser.exercise(page);
      await page.waitForTimeout(100);
      assert.deepEqual(await browser.scriptEvidence(page), [], file);
      await page.close();
    }
  });
});
