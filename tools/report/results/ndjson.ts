// Reads a Cucumber messages file line by line. A run that was killed leaves a half-written last line;
// every complete line is still good, so broken lines are reported and skipped, never fatal.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Envelope } from '@cucumber/messages';

export async function readEnvelopes(
  file: string,
  onEnvelope: (envelope: Envelope) => void,
  warn: (message: string) => void,
): Promise<void> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const broken: number[] = [];
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(line) as Envelope;
    } catch {
      broken.push(lineNumber);
      continue;
    }
    onEnvelope(envelope);
  }
  if (broken.length === 0) return;
  const last = broken.at(-1) === lineNumber ? ' (the last line is incomplete: was the run interrupted?)' : '';
  const shown = broken.slice(0, 5).join(', ') + (broken.length > 5 ? ', …' : '');
  warn(`${file}: skipped ${broken.length} unreadable line(s): ${shown}${last}`);
}
