import path from 'node:path';
import { classifyDryRun } from './classify';
import { writeFeatures } from './corpus';
import { type JudgedTwin, judgeTwin, type TwinVerdict } from './judge';
import type { CaseResult } from './messages';
import { type BrowserRuns, dryRun } from './run';
import { TWIN_KINDS, type Twin, type TwinKind, twinsOf } from './twins';

export interface CaseTwins {
  key: string;
  path: string;
  twins: JudgedTwin[];
}

export interface TwinReport {
  cases: number;
  twins: number;
  verdicts: Record<TwinVerdict, number>;
  byCase: CaseTwins[];
  /**
   * Keys of passing cases none of whose twins was proven (no twin failed at a line it changed): nothing shows their
   * steps can tell true from false, so they pass without proof and do not belong in a baseline.
   */
  unproven: string[];
}

const VERDICTS: TwinVerdict[] = [
  'proven',
  'silent pass',
  'not negatable',
  'unbound when altered',
  'passes without its actions',
  'inconclusive',
];

export interface Owner {
  key: string;
  path: string;
  featureText: string;
  /** The passing run of the unchanged case. */
  result: CaseResult;
}

export interface Planned {
  owner: Owner;
  twin: Twin;
  /** Feature file name (without .feature) inside the twins folder. */
  name: string;
}

/** Makes the twins of every passing case, binds them (dry run), runs the bound ones in one browser run, judges all. */
export async function runTwins(
  passing: Owner[],
  browser: BrowserRuns,
  workDir: string,
  extraSteps: string[] = [],
  kinds: readonly TwinKind[] = TWIN_KINDS,
): Promise<TwinReport> {
  const planned: Planned[] = [];
  for (const owner of passing) {
    for (const twin of twinsOf(owner.featureText, kinds)) {
      const order = twin.kind === 'absence' ? '1-absence' : '2-falsified';
      planned.push({ owner, twin, name: `${order}/${owner.path.replace(/\.md$/, '')}/${twin.id}` });
    }
  }
  const judged = new Map<string, JudgedTwin>();
  if (planned.length) {
    // A dry run first: a twin that no longer binds is judged without a browser (most negations do not bind).
    const unbound = await bindTwins(planned, path.join(workDir, 'twins-dry'), extraSteps);
    for (const p of planned) {
      const dry = unbound.get(p.name);
      if (dry) judged.set(p.name, judgeTwin(p.twin, boundAsPassed(dry), p.owner.result));
    }
    // Absence twins first (their folder sorts first): the other twins' actions must not leave what they look for.
    const toRun = planned.filter((p) => !judged.has(p.name));
    if (toRun.length) {
      const dir = path.join(workDir, 'twins', 'features');
      writeFeatures(
        dir,
        toRun.map((p) => ({ name: p.name, text: p.twin.featureText })),
      );
      const results = byName(toRun, await browser.run(dir, path.join(workDir, 'twins')));
      for (const p of toRun) judged.set(p.name, judgeTwin(p.twin, results.get(p.name), p.owner.result));
      await retryInconclusive(
        toRun.filter((p) => judged.get(p.name)?.verdict === 'inconclusive'),
        judged,
        browser,
        workDir,
      );
    }
  }
  const byCase = passing.map((owner) => ({
    key: owner.key,
    path: owner.path,
    twins: planned.filter((p) => p.owner === owner).map((p) => judged.get(p.name)!),
  }));
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<TwinVerdict, number>;
  for (const judged of byCase.flatMap((c) => c.twins)) verdicts[judged.verdict]++;
  const unproven = byCase.filter((c) => !c.twins.some((t) => t.verdict === 'proven')).map((c) => c.key);
  return { cases: passing.length, twins: planned.length, verdicts, byCase, unproven };
}

/**
 * Runs once more the twins that stopped before any line they changed (a login that timed out on a loaded machine,
 * a page that had not loaded): such a stop proves nothing either way, and one more run usually reaches the changed
 * line. A twin inconclusive twice stays so; the original judgement is kept unless the retry says more.
 */
export async function retryInconclusive(
  planned: Planned[],
  judged: Map<string, JudgedTwin>,
  browser: Pick<BrowserRuns, 'run'>,
  workDir: string,
): Promise<void> {
  if (!planned.length) return;
  const dir = path.join(workDir, 'twins-retry', 'features');
  writeFeatures(
    dir,
    planned.map((p) => ({ name: p.name, text: p.twin.featureText })),
  );
  const results = byName(planned, await browser.run(dir, path.join(workDir, 'twins-retry')));
  for (const p of planned) {
    const again = judgeTwin(p.twin, results.get(p.name), p.owner.result);
    if (again.verdict !== 'inconclusive') judged.set(p.name, { ...again, retried: true });
  }
}

/** Dry-runs the twins; returns the results of those with an unbound line, by name. */
async function bindTwins(
  planned: Planned[],
  workDir: string,
  extraSteps: string[],
): Promise<Map<string, CaseResult>> {
  const dir = path.join(workDir, 'features');
  writeFeatures(
    dir,
    planned.map((p) => ({ name: p.name, text: p.twin.featureText })),
  );
  const unbound = new Map<string, CaseResult>();
  for (const [name, result] of byName(planned, await dryRun(dir, workDir, extraSteps))) {
    if (classifyDryRun(result) !== 'bound') unbound.set(name, result);
  }
  return unbound;
}

/** A dry run reports bound steps as skipped; judged as a run, they are the steps that did not stop it. */
function boundAsPassed(result: CaseResult): CaseResult {
  return {
    ...result,
    steps: result.steps.map((s) => (s.status === 'SKIPPED' ? { ...s, status: 'PASSED' } : s)),
  };
}

function byName(planned: Planned[], results: CaseResult[]): Map<string, CaseResult> {
  const found = new Map<string, CaseResult>();
  for (const result of results) {
    const name = planned.find((p) => result.uri.endsWith(`${p.name}.feature`))?.name;
    if (name) found.set(name, result);
  }
  return found;
}

/** The twin part of the screen: counts, then every silent pass, absence pass and inconclusive twin by name. */
export function formatTwins(report: TwinReport, kept: ReadonlySet<string>): string {
  const counts = VERDICTS.map((v) => `${v} ${report.verdicts[v]}`).join(' · ');
  const retried = report.byCase.flatMap((c) => c.twins).filter((t) => t.retried).length;
  const again = retried
    ? ` (${retried} judged on a second run: the first stopped before the changed line)`
    : '';
  const out = [`twins of ${report.cases} passing cases: ${report.twins} run — ${counts}${again}`];
  for (const c of report.byCase) {
    for (const t of c.twins) {
      const line = twinLine(c.key, t, kept.has(c.key));
      if (line) out.push(line);
    }
  }
  for (const key of report.unproven) {
    const twins = report.byCase.find((c) => c.key === key)?.twins ?? [];
    const verdicts = twins.map((t) => `${t.id} ${t.verdict}`).join(', ') || 'it has no twin';
    out.push(`  UNPROVEN ${key}: no twin failed at a line it changed (${verdicts})`);
  }
  return out.join('\n');
}

function twinLine(key: string, t: JudgedTwin, kept: boolean): string | undefined {
  const where = t.line?.markdown ? ` (${t.line.markdown})` : '';
  switch (t.verdict) {
    case 'silent pass':
      return `  SILENT PASS ${key} ${t.id}${where}: ${t.description}; step definition ${t.definition ?? '?'}`;
    case 'passes without its actions':
      return `  passes without its actions: ${key} ${t.id}${where} ${t.description} [${kept ? 'kept' : 'WARNING: no "kept" note in the baseline'}]`;
    case 'inconclusive':
      return `  inconclusive: ${key} ${t.id}${where}: ${t.message ?? ''}`;
    default:
      return undefined;
  }
}
