import fs from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../case';
import { writeAtomically } from './atomic-write';

/** Lets a rerun skip cases whose markdown, called cases and feature file are all as they were last time. */
export const MANIFEST_NAME = '.casebook-cache.json';

export interface FileStamp {
  mtimeMs: number;
  size: number;
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
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST_NAME), 'utf8')) as Manifest;
    if (manifest.identity === identity && typeof manifest.cases === 'object') return manifest;
  } catch {
    // no cache yet, or an unreadable one: regenerate everything
  }
  return { identity, cases: {} };
}

export function writeManifest(outDir: string, manifest: Manifest): void {
  writeAtomically(path.join(outDir, MANIFEST_NAME), JSON.stringify(manifest));
}

export function stampOf(file: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(file);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch {
    return undefined;
  }
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return !!a && !!b && a.mtimeMs === b.mtimeMs && a.size === b.size;
}
