import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { type GherkinDocument, IdGenerator } from '@cucumber/messages';
import matter from 'gray-matter';
import { corpusDir, requireCorpus } from '../../tools/corpus';
import { type CaseFile, findCaseFiles } from '../../tools/generate/discover';
import { MANIFEST_NAME } from '../../tools/generate/manifest';
import { type GenerateReport, generate } from '../../tools/generate/run';
import { countedLines, missingLines, stepTexts } from './survival';

const REPO = path.resolve(__dirname, '../..');
const CORPUS = corpusDir();
const CORPUS_CASES = 3509;
const MIN_SURVIVAL = 0.995;

function featureHashes(outDir: string, files: readonly CaseFile[]): string[] {
  return files.map((file) => {
    const feature = fs.readFileSync(path.join(outDir, file.relPath.replace(/\.md$/, '.feature')));
    return createHash('sha1').update(feature).digest('hex');
  });
}

describe('the whole corpus', () => {
  let outDir: string;
  let report: GenerateReport;
  let files: CaseFile[];

  before(() => {
    requireCorpus();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-corpus-'));
    files = findCaseFiles(CORPUS, REPO);
    report = generate({ casesDir: CORPUS, outDir, rootDir: REPO });
  });

  after(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it(`converts all ${CORPUS_CASES} cases without an error`, () => {
    assert.equal(files.length, CORPUS_CASES);
    assert.deepEqual(report.errors, []);
    assert.equal(report.scenarios, CORPUS_CASES);
    assert.equal(report.written, CORPUS_CASES);
  });

  it('writes features that @cucumber/gherkin parses, keeping ≥ 99.5% of the counted lines of each case', () => {
    const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
    const failures: string[] = [];
    let counted = 0;
    for (const file of files) {
      const featureFile = path.join(outDir, file.relPath.replace(/\.md$/, '.feature'));
      let document: GherkinDocument;
      try {
        document = parser.parse(fs.readFileSync(featureFile, 'utf8'));
      } catch (error) {
        failures.push(`${file.file}: feature does not parse: ${(error as Error).message}`);
        continue;
      }
      const source = fs.readFileSync(file.path, 'utf8');
      const lines = countedLines(source, String(matter(source, {}).data.name));
      const missing = missingLines(lines, stepTexts(document));
      counted += lines.length;
      if (lines.length > 0 && 1 - missing.length / lines.length < MIN_SURVIVAL) {
        const shown = missing.slice(0, 3).map((line) => `\n    ${line.line}: ${line.raw.trim()}`);
        failures.push(`${file.file}: ${missing.length}/${lines.length} lines lost${shown.join('')}`);
      }
    }
    assert.ok(counted > 25_000, `only ${counted} lines counted: the check itself is broken`);
    assert.deepEqual(failures, []);
  });

  it('reruns byte-identically: a full regeneration rewrites nothing and leaves the same bytes', () => {
    const before = featureHashes(outDir, files);
    fs.rmSync(path.join(outDir, MANIFEST_NAME));
    const full = generate({ casesDir: CORPUS, outDir, rootDir: REPO });
    assert.equal(full.written, 0);
    assert.deepEqual(featureHashes(outDir, files), before);
    const incremental = generate({ casesDir: CORPUS, outDir, rootDir: REPO });
    assert.equal(incremental.written, 0);
    assert.equal(incremental.unchanged, CORPUS_CASES);
  });
});
