import path from 'node:path';
import type { CaseModel } from '../case';

// Folders, labels, teams and statuses repeat across thousands of cases: slug each once.
const slugs = new Map<string, string>();

/** Lower-case, every run of anything but [a-z0-9] becomes "-" (Gherkin tags cannot hold spaces). */
export function slug(value: string): string {
  let result = slugs.get(value);
  if (result === undefined) {
    result = value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    slugs.set(value, result);
  }
  return result;
}

const NON_WEB_TARGETS = new Set([
  'mobile',
  'rn-ios',
  'rn-android',
  'cli',
  'desktop',
  'desktop-win',
  'desktop-linux',
  'desktop-macos',
]);
const NATIVE_FOLDER = /^(?:mobile-.*|desktop-app-.*|mmctl)$/;

/**
 * True when a case cannot run in a web browser: its manual_test_environments name only non-web targets (Mobile,
 * RN, CLI, a native desktop build), or name none (empty, or only "Automated - No manual tests needed") and it
 * lives under a mobile-*, desktop-app-* or mmctl folder. Webapp, "WebApp and Desktop", Cloud, Portal and unknown
 * names are web-capable, so nothing is hidden by accident.
 */
export function isManualOnly(environments: readonly string[], relPath: string): boolean {
  const targets = environments.map(slug).filter((target) => target !== '' && !target.startsWith('automated'));
  if (targets.length === 0) return inNativeFolder(path.posix.dirname(relPath));
  return targets.every((target) => NON_WEB_TARGETS.has(target));
}

// Cases share their folders: each folder path is split and tested once.
const nativeFolders = new Map<string, boolean>();

function inNativeFolder(folderPath: string): boolean {
  let native = nativeFolders.get(folderPath);
  if (native === undefined) {
    native = folderPath.split('/').some((folder) => NATIVE_FOLDER.test(folder));
    nativeFolders.set(folderPath, native);
  }
  return native;
}

/** The tags of the Feature line, in the order docs/architecture.md gives, each once. */
export function featureTags(model: CaseModel, options: { noSteps: boolean }): string[] {
  const { meta } = model;
  const level = PRIORITY_LEVEL.exec(meta.priorityLevel)?.[1];
  const tags = [`@${model.key}`, `@TestCaseKey=${model.key}`];
  addPrefixed(tags, 'priority', [meta.priority]);
  if (level) tags.push(`@P${level}`);
  addPrefixed(tags, 'status', [meta.status]);
  addPrefixed(tags, 'folder', [meta.folder]);
  addPrefixed(tags, 'label', meta.labels);
  addPrefixed(tags, 'team', meta.teams);
  addPrefixed(tags, 'env', meta.environments);
  if (options.noSteps) tags.push('@no-steps');
  if (isManualOnly(meta.environments, model.relPath)) tags.push('@manual');
  return tags;
}

const PRIORITY_LEVEL = /^P([1-4])\b/i;

// Each prefix's tag of each value ("" for a value with nothing to slug), made once: the values repeat across
// thousands of cases, and building the tag string per case cost more than the rest of the tags together.
const prefixedTags = new Map<string, Map<string, string>>();

/** Only prefixed tags can repeat (two labels with one slug): the others differ by their form. */
function addPrefixed(tags: string[], prefix: string, values: readonly string[]): void {
  let byValue = prefixedTags.get(prefix);
  if (!byValue) {
    byValue = new Map();
    prefixedTags.set(prefix, byValue);
  }
  for (const value of values) {
    let tag = byValue.get(value);
    if (tag === undefined) {
      const slugged = slug(value);
      tag = slugged === '' ? '' : `@${prefix}:${slugged}`;
      byValue.set(value, tag);
    }
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
}
