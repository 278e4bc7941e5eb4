// `npm run phrasebook`: writes docs/phrasebook.md (and docs/phrasebook.json, which `npm run check` reads) from the
// step library and the corpus.
import fs from 'node:fs';
import { REPO_ROOT, requireCorpus } from '../corpus';
import { loadStepMatcher } from '../coverage/step-matcher';
import { buildPhrasebook } from './build';
import { PHRASEBOOK_JSON, PHRASEBOOK_MD } from './paths';
import { renderPhrasebook } from './render';

async function main(): Promise<void> {
  const started = performance.now();
  const corpus = requireCorpus();
  const data = buildPhrasebook(REPO_ROOT, corpus, await loadStepMatcher(REPO_ROOT));
  fs.writeFileSync(PHRASEBOOK_MD, renderPhrasebook(data));
  fs.writeFileSync(PHRASEBOOK_JSON, `${JSON.stringify(data, null, 1)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `phrasebook: ${data.forms.length} sentence forms → docs/phrasebook.md, docs/phrasebook.json (${seconds} s)`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`phrasebook: ${error.message}\n`);
  process.exitCode = 1;
});
