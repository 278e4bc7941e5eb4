import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * A fingerprint of the converter's own source (tools/case and tools/gherkin): any change to it makes the next
 * run regenerate every feature instead of trusting the cache.
 */
export function generatorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha1');
  for (const folder of ['../case', '../gherkin']) {
    const dir = path.join(__dirname, folder);
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
        hash.update(name).update(fs.readFileSync(path.join(dir, name)));
    }
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
