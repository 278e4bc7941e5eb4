import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CasebookWorld } from './world';

/** On a failed scenario: a full-page screenshot of the current tab, each session's trace, and the source line. */
export async function attachFailureEvidence(world: CasebookWorld, failedStep?: string): Promise<void> {
  const current = world.sessions.currentOrUndefined;
  if (current && !current.page.isClosed()) {
    const png = await current.page.screenshot({ fullPage: true }).catch(() => undefined);
    if (png) world.attach(png, { mediaType: 'image/png', fileName: `screenshot-${slug(current.name)}.png` });
  }
  await attachTraces(world);
  if (failedStep) world.attach(failedStep, { mediaType: 'text/plain', fileName: 'failed-step.txt' });
}

async function attachTraces(world: CasebookWorld): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-trace-'));
  try {
    for (const session of world.sessions.all()) {
      const file = path.join(dir, `${slug(session.name)}.zip`);
      if (!(await session.stopTrace(true, file).catch(() => false))) continue;
      const fileName =
        session === world.sessions.currentOrUndefined ? 'trace.zip' : `trace-${slug(session.name)}.zip`;
      world.attach(await readFile(file), { mediaType: 'application/zip', fileName });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Describes the step that failed and the markdown line it came from. */
export function describeFailedStep(world: CasebookWorld): string | undefined {
  const { text, source, position } = world.step;
  if (!text) return undefined;
  const from = source ? `\nFrom: ${source}` : '';
  const at = position ? `\nFeature line: ${position.featureLine}` : '';
  return `Failed step: ${text}${from}${at}\nSession: ${world.sessions.currentOrUndefined?.name ?? 'none'}`;
}

function slug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-');
}
