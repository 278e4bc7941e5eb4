// Loads one result set: from its messages when there are any (every attempt, attachment names, partial
// runs), else from its Cucumber JSON.
import fs from 'node:fs';
import type { ScenarioRun } from '../model';
import type { ResultSet } from './discover';
import { scenariosFromJson } from './from-json';
import { MessagesCollector } from './from-messages';
import { parseJsonArrayLeniently } from './json-salvage';
import { readEnvelopes } from './ndjson';

export interface LoadedRun {
  label: string;
  scenarios: ScenarioRun[];
  /** when the run started: orders repeated runs so the latest result wins */
  startedAtMs: number;
}

type Warn = (message: string) => void;

async function fromMessages(file: string, warn: Warn): Promise<Omit<LoadedRun, 'label'> | undefined> {
  const collector = new MessagesCollector();
  await readEnvelopes(file, (envelope) => collector.add(envelope), warn);
  let run: ReturnType<MessagesCollector['result']>;
  try {
    run = collector.result();
  } catch (error) {
    // Each line looked right on its own, but they do not fit together (ids that lead nowhere, missing fields).
    throw new Error(
      `${file}: its messages do not fit together (${(error as Error).message}); this file must be the output of cucumber-js --format message (rerun \`npm run bdd\`, or remove the file)`,
    );
  }
  if (run.scenarios.length === 0) return undefined;
  if (!run.finished) {
    const unfinished = run.scenarios.filter((scenario) => scenario.interrupted).length;
    warn(
      `${file}: the run did not finish; ${run.scenarios.length} scenario(s) reported, ${unfinished} cut short`,
    );
  }
  return { scenarios: run.scenarios, startedAtMs: run.startedAtMs ?? fs.statSync(file).mtimeMs };
}

function fromJson(file: string, warn: Warn): Omit<LoadedRun, 'label'> {
  const { items, complete } = parseJsonArrayLeniently(fs.readFileSync(file, 'utf8'));
  if (!complete)
    warn(`${file}: incomplete JSON (interrupted run?); kept the ${items.length} complete feature(s)`);
  return { scenarios: scenariosFromJson(items, file, warn), startedAtMs: fs.statSync(file).mtimeMs };
}

export async function loadResultSet(set: ResultSet, warn: Warn): Promise<LoadedRun> {
  const fromNdjson = set.messages ? await fromMessages(set.messages, warn) : undefined;
  if (fromNdjson) return { label: set.label, ...fromNdjson };
  if (set.json) return { label: set.label, ...fromJson(set.json, warn) };
  return { label: set.label, scenarios: [], startedAtMs: 0 };
}
