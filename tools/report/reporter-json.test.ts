import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { AttachmentWriter } from './attachments';
import { toReporterFeatures } from './reporter-json';
import { scenarioRun, step } from './test-scenarios';

const XSS = `<img src=x onerror=alert(1)> </script><script>alert(2)</script> "'><svg onload=alert(3)>`;
const b64 = (text: string) => Buffer.from(text).toString('base64');
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reporter-json-'));
after(() => fs.rmSync(reportDir, { recursive: true, force: true }));

function hostileFeature() {
  const scenario = scenarioRun('MM-T6', {
    name: XSS,
    description: XSS,
    tags: [`@x${XSS.replaceAll(' ', '')}`],
    featureTags: ['@MM-T6', `@${XSS.replaceAll(' ', '')}`],
    attempts: [{ status: 'failed' }, { status: 'failed' }],
    steps: [
      step('failed', {
        keyword: XSS,
        text: XSS,
        error: `${XSS}\n(from cases/folder/MM-T6.md:9)`,
        docString: XSS,
        table: [[XSS, XSS]],
      }),
      step('passed', {
        hook: 'after',
        keyword: 'After',
        text: '',
        attachments: [
          { mediaType: 'text/html', body: b64(XSS) },
          { mediaType: 'application/json', body: b64(JSON.stringify({ XSS })) },
          { mediaType: 'text/plain', body: b64(XSS), fileName: XSS },
          { mediaType: 'image/png', body: b64('png bytes'), fileName: XSS },
          { mediaType: 'application/zip', body: b64('zip bytes'), fileName: 'trace.zip' },
        ],
      }),
    ],
  });
  scenario.feature.name = XSS;
  scenario.feature.description = `${XSS}\nSource: cases/folder/MM-T6.md\nRelated: ${XSS} javascript:alert(4)`;
  const context = {
    writer: new AttachmentWriter(reportDir),
    metadata: {},
    links: { casesRoot: '/repo' },
    pageDir: path.join(reportDir, 'features'),
    reportDir,
  };
  return toReporterFeatures([scenario], context)[0]!;
}

describe('toReporterFeatures', () => {
  const feature = hostileFeature();
  const scenario = feature.elements[0]!;
  const [failed, hook] = scenario.steps;

  it('escapes every field the reporter prints raw', () => {
    const raw = [
      feature.name,
      feature.uri,
      scenario.name,
      failed!.keyword,
      failed!.name,
      ...feature.tags.map((t) => t.name),
    ];
    raw.push(
      ...scenario.tags.map((t) => t.name),
      ...failed!.arguments.flatMap((a) => a.rows.flatMap((r) => r.cells)),
    );
    for (const text of raw) assert.doesNotMatch(text, /[<>"']/, text);
  });

  it('leaves nothing in the JSON that could end or open an inline script', () => {
    const json = JSON.stringify(feature);
    assert.doesNotMatch(json, /<\/script/i);
    assert.doesNotMatch(json, /<!--/);
    assert.doesNotMatch(json, /href=\\"javascript/i);
  });

  it('builds the case panel from escaped text, with the key linked to its markdown', () => {
    assert.match(
      scenario.description,
      /<a class="casebook-key [^"]*" href="[^"]*cases\/folder\/MM-T6\.md"[^>]*>MM-T6<\/a>/,
    );
    assert.match(scenario.description, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(scenario.description, /<img src=x|<svg|<script/);
    assert.doesNotMatch(scenario.description, /href="javascript/);
  });

  it('turns HTML and JSON attachments into plain text and binary ones into files', () => {
    assert.deepEqual(
      hook!.embeddings.map((embedding) => embedding.mime_type),
      ['text/plain', 'text/plain', 'text/plain'],
    );
    const files = fs.readdirSync(path.join(reportDir, 'attachments'), { recursive: true, encoding: 'utf8' });
    const written = files.filter((file) => fs.statSync(path.join(reportDir, 'attachments', file)).isFile());
    assert.equal(written.length, 2);
    assert.ok(
      written.some((file) => /^[0-9a-f]{12}\/trace\.zip$/.test(file)),
      written.join(),
    );
    assert.ok(
      written.every((file) => /^[0-9a-f]{12}\/[\w.-]+$/.test(file)),
      written.join(),
    );
    assert.match(scenario.description, /<img src="\.\.\/attachments\/[0-9a-f]{12}\/[\w.-]+\.png"/);
    assert.match(scenario.description, /download="trace\.zip"/);
  });

  it('copies key tags to the feature and orders them for display', () => {
    assert.deepEqual(
      feature.tags.slice(0, 1).map((tag) => tag.name),
      ['@MM-T6'],
    );
    assert.equal(feature.name.startsWith('MM-T6: '), true);
  });
});
