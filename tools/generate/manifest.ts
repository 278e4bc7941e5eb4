import fs from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../case';
import { writeAtomically } from './atomic-write';

/** Lets a rerun skip cases whose markdown, called cases and feature file are all as they were last time. */
export const MANIFEST_NAME = '.casebook-cache.json';

export interface FileStamp {
  mtimeMs: number;
  size: number;
  /**
   * Status-change time, for case files: `cp -p`, `tar x` and `rsync -a` restore an edited file's mtime, and an
   * edit that keeps the size then looks untouched, but restoring the mtime itself sets the ctime. Not recorded for
   * features: the rename that publishes a feature changes its ctime after its stamp was taken.
   */
  ctimeMs?: number;
}

export interface CacheEntry {
  case: FileStamp;
  feature: FileStamp;
  /** Called cases found in the input (relative path → stamp) and called keys that were not found. */
  calls: Record<string, FileStamp>;
  missing: string[];
  steps: number;
  priority: string;
  warnings: InputProblem[];
}

export interface Manifest {
  /** Generator fingerprint and where the cases live: when either differs, nothing in the cache is trusted. */
  identity: string;
  cases: Record<string, CacheEntry>;
}

export function readManifest(outDir: string, identity: string): Manifest {
  removeAbandonedTemporaries(outDir);
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST_NAME), 'utf8')) as Manifest;
    if (manifest.identity === identity && typeof manifest.cases === 'object') return manifest;
  } catch {
    // no cache yet, or an unreadable one: regenerate everything
  }
  return { identity, cases: {} };
}

/**
 * Removes `.casebook-cache.json.<pid>.tmp` files left by runs killed while writing the cache (writeAtomically's
 * temporary name). A file of a run that is still alive is left alone: it is about to be renamed.
 */
function removeAbandonedTemporaries(outDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(outDir);
  } catch {
    return; // no output folder yet
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) fs.rmSync(path.join(outDir, name), { force: true });
  }
}

const TEMPORARY = new RegExp(`^${MANIFEST_NAME.replace(/\./g, '\\.')}\\.(\\d+)\\.tmp$`);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function writeManifest(outDir: string, manifest: Manifest): void {
  writeAtomically(path.join(outDir, MANIFEST_NAME), JSON.stringify(manifest));
}

export function stampOf(file: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(file);
    return { mtimeMs: stat.mtimeMs, size: stat.size, ctimeMs: stat.ctimeMs };
  } catch {
    return undefined;
  }
}

/** `recorded` is the cache's stamp: its ctime is compared when it has one. */
export function sameStamp(recorded: FileStamp | undefined, now: FileStamp | undefined): boolean {
  if (!recorded || !now || recorded.mtimeMs !== now.mtimeMs || recorded.size !== now.size) return false;
  return recorded.ctimeMs === undefined || recorded.ctimeMs === now.ctimeMs;
}
