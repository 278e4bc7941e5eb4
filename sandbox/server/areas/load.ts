import fs from 'node:fs';
import path from 'node:path';
import type { SandboxArea } from './area';

const AREAS_DIR = __dirname;

/** The areas found under `sandbox/server/areas/<name>/index.{ts,js}`, in name order (so start-up is deterministic). */
export function loadAreas(dir: string = AREAS_DIR): SandboxArea[] {
  return areaFolders(dir).map((folder) => loadArea(dir, folder));
}

function areaFolders(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entryFile(path.join(dir, entry.name)) !== undefined)
    .map((entry) => entry.name)
    .sort();
}

function entryFile(folder: string): string | undefined {
  return ['index.ts', 'index.js'].map((name) => path.join(folder, name)).find((file) => fs.existsSync(file));
}

function loadArea(dir: string, folder: string): SandboxArea {
  const file = entryFile(path.join(dir, folder)) as string;
  const area = (require(file) as { area?: SandboxArea }).area;
  if (!area || typeof area !== 'object') {
    throw new Error(`sandbox area ${file} does not export \`area\` (export const area: SandboxArea = {…})`);
  }
  if (area.name !== folder) {
    throw new Error(`sandbox area ${file} is named "${area.name}"; name it after its folder, "${folder}"`);
  }
  return area;
}
