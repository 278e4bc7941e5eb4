import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { corpusDir } from '../../tools/corpus';

export const REPO = path.resolve(__dirname, '../..');
/** The corpus (`CASEBOOK_CORPUS`); tests call requireCorpus() before reading it. */
export const CORPUS = corpusDir();

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Started {
  pid: number;
  done: Promise<CliRun>;
  /** Kills the whole process group (teardown: never leave the CLI or its children behind). */
  kill(): void;
  /** What the CLI has written to stderr so far. */
  stderr(): string;
}

/** Starts `npm run <script> -- args` from the repository, in a process group of its own. */
export function startNpm(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Started {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<CliRun>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { pid: child.pid!, done, kill, stderr: () => stderr };
}

/** Runs an npm script to the end (killing its process group if the test gives up first). */
export async function runNpm(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = startNpm(script, args, env);
  try {
    return await started.done;
  } finally {
    started.kill();
  }
}

/** PIDs of running processes whose environment holds `marker` (a unique variable given to a run). */
export function processesMarked(marker: string): number[] {
  const found: number[] = [];
  for (const name of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (fs.readFileSync(`/proc/${name}/environ`, 'utf8').includes(marker)) found.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

export interface ScenarioResult {
  name: string;
  tags: string[];
  status: string;
  steps: { name: string; status: string; error?: string; attachments: string[] }[];
}

interface JsonStep {
  name?: string;
  keyword: string;
  result: { status: string; error_message?: string };
  embeddings?: { mime_type: string }[];
}

/** Scenarios of a run's cucumber.json, each with its worst step status. */
export function scenarioResults(reportsDir: string): ScenarioResult[] {
  const features = JSON.parse(fs.readFileSync(path.join(reportsDir, 'cucumber.json'), 'utf8'));
  const order = ['passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'failed'];
  return features.flatMap((feature: { elements: Record<string, unknown>[] }) =>
    feature.elements.map((scenario) => {
      const all = [
        ...((scenario.before as JsonStep[]) ?? []),
        ...(scenario.steps as JsonStep[]),
        ...((scenario.after as JsonStep[]) ?? []),
      ];
      const status = all
        .map((s) => s.result.status)
        .reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a));
      return {
        name: scenario.name as string,
        tags: ((scenario.tags as { name: string }[]) ?? []).map((t) => t.name),
        status,
        steps: all.map((s) => ({
          name: `${s.keyword}${s.name ?? ''}`.trim(),
          status: s.result.status,
          error: s.result.error_message,
          attachments: (s.embeddings ?? []).map((e) => e.mime_type),
        })),
      };
    }),
  );
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago): for "server unreachable" checks. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `predicate` until it holds, or fails naming `what` it waited for. */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A case file of the author's own, in the corpus format: front matter, a title and one step holding `body`. */
export function caseFile(key: string, body: string): string {
  return [
    '---',
    `name: "${key} scenario"`,
    'status: Active',
    'priority: Normal',
    'folder: Runner Checks',
    'priority_p1_to_p4: P2 - Core Functions (Do core functions work?)',
    'manual_test_environments:',
    '- Webapp',
    `key: ${key}`,
    '---',
    '',
    `## ${key}: ${key} scenario`,
    '',
    '**Step 1**',
    '',
    body,
    '',
  ].join('\n');
}
