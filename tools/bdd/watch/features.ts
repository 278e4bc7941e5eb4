/**
 * The watch mode's converter: one changed case → its feature file, through the converter's own API (the same
 * text `npm run generate` writes), without surveying the whole cases folder again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CaseSet } from '../../generate/case-set';
import type { CaseFile } from '../../generate/discover';
import { findCaseFiles } from '../../generate/discover';
import { convertCase } from '../../gherkin';

export interface Converted {
  feature?: string;
  problems: string[];
}

export class WatchedCases {
  private files: CaseFile[];

  constructor(
    readonly root: string,
    readonly outDir: string,
    private readonly rootDir: string,
  ) {
    this.files = findCaseFiles(root, rootDir);
  }

  /** Lists the folder again (a file was added, removed or renamed). */
  relist(): void {
    this.files = findCaseFiles(this.root, this.rootDir);
  }

  filesUnder(target: string): CaseFile[] {
    return this.files.filter((file) => file.path === target || file.path.startsWith(`${target}${path.sep}`));
  }

  featureOf(file: CaseFile): string {
    return path.join(this.outDir, file.relPath.replace(/\.md$/, '.feature'));
  }

  /** Converts the case and writes its feature (temporary file + rename: cucumber never reads half of one). */
  convert(absolute: string): Converted {
    if (!this.files.some((file) => file.path === absolute)) this.relist();
    const file = this.files.find((candidate) => candidate.path === absolute);
    if (!file) return { problems: [`${absolute}: not a case under ${this.root}`] };
    // A fresh set each time: a called case may have changed too.
    const set = new CaseSet(this.files);
    const [loaded] = set.casesIn([file]);
    const problems = loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    if (!loaded.model) return { problems };
    const feature = this.featureOf(file);
    fs.mkdirSync(path.dirname(feature), { recursive: true });
    const temporary = `${feature}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, convertCase(loaded.model, set.resolve).featureText);
    fs.renameSync(temporary, feature);
    return { feature, problems };
  }
}
