import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { TS_LOADER_ARGS } from '../../tools/ts-cache/loader';

const ROOT = path.resolve(__dirname, '../..');

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs `npm run sandbox` as its own process, so the load generator and the server do not share an event loop
 * (as with a real server).
 */
export function startServerProcess(args: string[], timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [...TS_LOADER_ARGS, path.join(ROOT, 'sandbox/server/cli.ts'), ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`sandbox did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Sandbox listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[1], stop: () => stop(child) });
    });
    child.on('exit', (code) => fail(new Error(`sandbox exited with code ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
