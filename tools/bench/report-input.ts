// Result sets for the report benchmark. From the corpus when the converter is available: generate the
// features, copy them until there are enough scenarios, and let cucumber-js do a dry run with the
// project's step definitions (bound steps come out skipped, unbound ones undefined). Without the
// converter: synthetic Cucumber JSON shaped like generated features.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir as corpusFolder, missingCorpusMessage } from '../corpus';
import { TS_LOADER_ARGS } from '../ts-cache/loader';

export const repoRoot = path.resolve(__dirname, '../..');
export const corpusDir = corpusFolder();
const converterCli = path.join(repoRoot, 'tools/generate/cli.ts');

export const converterAvailable = (): boolean => fs.existsSync(converterCli);

/** Exit code 1 is allowed: the converter reports corpus cases it cannot convert, cucumber-js failed scenarios. */
function run(command: string, args: string[], expectedOutput: string): void {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 28 });
  if ((result.status !== 0 && result.status !== 1) || !fs.existsSync(expectedOutput)) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  }
}

function featureFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.feature'))
    .sort();
}

/** Exactly `count` features: the generated ones, then copies of them in copy-2/, copy-3/… */
function copyFeatures(generatedDir: string, featuresDir: string, count: number): number {
  const files = featureFiles(generatedDir);
  for (let index = 0; index < count; index++) {
    const file = files[index % files.length]!;
    const target = path.join(featuresDir, `copy-${Math.floor(index / files.length) + 1}`, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(generatedDir, file), target);
  }
  return files.length;
}

/** The project's cucumber configuration without its tag filter (@manual, @no-steps) and its formatters. */
function benchConfig(workDir: string): string {
  const file = path.join(workDir, 'cucumber.bench.js');
  const base = JSON.stringify(path.join(repoRoot, 'cucumber.js'));
  fs.writeFileSync(
    file,
    `const base = require(${base}).default;\nmodule.exports = { default: { ...base, tags: '', format: [] } };\n`,
  );
  // cucumber-js joins --config to its working directory, even an absolute path.
  return path.relative(repoRoot, file);
}

/** Corpus → features → exactly `scenarios` features → dry run into `resultsDir`. */
export function corpusResults(workDir: string, resultsDir: string, scenarios: number): string {
  if (!fs.existsSync(corpusDir)) throw new Error(missingCorpusMessage(corpusDir));
  const generatedDir = path.join(workDir, 'generated');
  const featuresDir = path.join(workDir, 'features');
  run(
    process.execPath,
    [...TS_LOADER_ARGS, converterCli, '--cases', corpusDir, '--out', generatedDir],
    generatedDir,
  );
  const generated = copyFeatures(generatedDir, featuresDir, scenarios);
  const cucumber = path.join(repoRoot, 'node_modules/.bin/cucumber-js');
  const formats = [
    `json:${path.join(resultsDir, 'cucumber.json')}`,
    `message:${path.join(resultsDir, 'messages.ndjson')}`,
  ];
  const args = [
    '--config',
    benchConfig(workDir),
    '--dry-run',
    ...formats.flatMap((format) => ['--format', format]),
  ];
  run(cucumber, [...args, featuresDir], path.join(resultsDir, 'messages.ndjson'));
  return `a dry run of the corpus (${generated} generated features, copied up to ${scenarios})`;
}

function syntheticFeature(index: number) {
  const key = `MM-T${10_000 + index}`;
  const folder = `folder-${index % 313}`;
  const tags = [
    `@${key}`,
    `@TestCaseKey=${key}`,
    `@priority:${['low', 'normal', 'high'][index % 3]}`,
    `@P${(index % 4) + 1}`,
    '@status:active',
    `@folder:${folder}`,
    '@team:channels',
    '@env:webapp',
  ];
  const steps = Array.from({ length: 8 }, (_, step) => ({
    keyword: step === 0 ? 'Given ' : step < 5 ? 'When ' : 'Then ',
    name: `step ${step + 1} of case ${key}: click "Account Settings > Security" and check the session list`,
    line: 10 + step,
    result: { status: (index + step) % 3 === 0 ? 'undefined' : 'skipped' },
  }));
  return {
    uri: `features/${folder}/${key}.feature`,
    keyword: 'Feature',
    name: `${key}: Synthetic case number ${index}`,
    description: `  Source: cases/${folder}/${key}.md\n  Related: Ticket MM-${index} https://mattermost.atlassian.net/browse/MM-${index}`,
    line: 3,
    id: key.toLowerCase(),
    tags: tags.map((name) => ({ name, line: 2 })),
    elements: [
      {
        keyword: 'Scenario',
        name: `Synthetic case number ${index}`,
        line: 7,
        type: 'scenario',
        id: `${key};s`,
        tags: tags.map((name) => ({ name, line: 2 })),
        steps,
      },
    ],
  };
}

export function syntheticResults(resultsDir: string, scenarios: number): string {
  const features = Array.from({ length: scenarios }, (_, index) => syntheticFeature(index));
  fs.writeFileSync(path.join(resultsDir, 'cucumber.json'), JSON.stringify(features, null, 2));
  return 'synthetic Cucumber JSON (the converter is not on main yet)';
}
