import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readReportConfig } from './config';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-config-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function packageJson(content: object): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('readReportConfig', () => {
  it('reads the casebook.report section of package.json', () => {
    const file = packageJson({ name: 'pkg', casebook: { report: { name: 'Cases', title: 'Nightly' } } });
    assert.deepEqual(readReportConfig(file), { name: 'Cases', title: 'Nightly', projectName: 'pkg' });
  });

  it('has defaults when the section or the file is missing', () => {
    assert.deepEqual(readReportConfig(packageJson({ name: 'pkg' })), {
      name: 'casebook',
      title: 'Test report',
      projectName: 'pkg',
    });
    assert.equal(readReportConfig(path.join(dir, 'missing.json')).name, 'casebook');
  });

  it('names the file and the setting when the section is wrong', () => {
    const file = packageJson({ casebook: { report: { sourceBaseUrl: 'javascript:alert(1)' } } });
    assert.throws(
      () => readReportConfig(file),
      new RegExp(`${file}: invalid "casebook.report.sourceBaseUrl"`),
    );
  });
});
