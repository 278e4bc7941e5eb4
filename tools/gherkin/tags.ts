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
  if (targets.length === 0) {
    return relPath
      .split('/')
      .slice(0, -1)
      .some((folder) => NATIVE_FOLDER.test(folder));
  }
  return targets.every((target) => NON_WEB_TARGETS.has(target));
}

/** The tags of the Feature line, in the order docs/architecture.md gives. */
export function featureTags(model: CaseModel, options: { noSteps: boolean }): string[] {
  const { meta } = model;
  const level = /^P([1-4])\b/i.exec(meta.priorityLevel)?.[1];
  const tags = [
    `@${model.key}`,
    `@TestCaseKey=${model.key}`,
    ...prefixed('priority', [meta.priority]),
    ...(level ? [`@P${level}`] : []),
    ...prefixed('status', [meta.status]),
    ...prefixed('folder', [meta.folder]),
    ...prefixed('label', meta.labels),
    ...prefixed('team', meta.teams),
    ...prefixed('env', meta.environments),
    ...(options.noSteps ? ['@no-steps'] : []),
    ...(isManualOnly(meta.environments, model.relPath) ? ['@manual'] : []),
  ];
  return [...new Set(tags)];
}

function prefixed(prefix: string, values: readonly string[]): string[] {
  return values
    .map(slug)
    .filter((value) => value !== '')
    .map((value) => `@${prefix}:${value}`);
}
