import fs from 'node:fs';

/** Runs `regenerate` after changes under the cases folder settle (200 ms), until Ctrl-C. */
export function watchCases(casesDir: string, regenerate: () => void): void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = fs.watch(casesDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(regenerate, 200);
  });
  console.error(`watching ${casesDir} for changes (Ctrl-C to stop)`);
  process.once('SIGINT', () => {
    clearTimeout(timer);
    watcher.close();
    console.error('stopped watching');
    process.exitCode = 0;
  });
}
