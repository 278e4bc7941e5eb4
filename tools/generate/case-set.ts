import fs from 'node:fs';
import path from 'node:path';
import { type CaseModel, type CaseSource, type InputProblem, parseCases } from '../case';
import type { CaseFile } from './discover';
import type { FileStamp } from './manifest';

/** A parsed case file, and its stamp taken just before it was read (undefined when it could not be read). */
export interface LoadedCase {
  model?: CaseModel;
  problems: InputProblem[];
  stamp?: FileStamp;
}

/**
 * The input cases, parsed on demand and at most once: an incremental run parses only the changed cases and the
 * cases they call. Keys are file names (a key that differs from its file name is an error), so a key finds its
 * file without parsing anything.
 */
export class CaseSet {
  private readonly byKey = new Map<string, CaseFile[]>();
  private readonly byRelPath = new Map<string, CaseFile>();
  /** Each file whose key an earlier file (in path order) holds too, with that earlier file. */
  private readonly duplicates = new Map<CaseFile, CaseFile>();
  private readonly parsed = new Map<string, LoadedCase>();

  constructor(readonly files: readonly CaseFile[]) {
    for (const file of files) {
      this.byRelPath.set(file.relPath, file);
      const key = path.posix.basename(file.relPath, '.md');
      const sameKey = this.byKey.get(key);
      if (!sameKey) this.byKey.set(key, [file]);
      else {
        sameKey.push(file);
        this.duplicates.set(file, sameKey[0]);
      }
    }
  }

  /** The earlier file (in path order) holding the same key: this one is then an input error. */
  duplicateOf(file: CaseFile): CaseFile | undefined {
    // Looked up by identity: asked once per case, it must not work the key out of the path again.
    return this.duplicates.get(file);
  }

  /**
   * The case in each file ready to convert, or what is wrong with it (a duplicated key included). The files are
   * all read, then parsed together (see `parseCases`).
   */
  casesIn(files: readonly CaseFile[]): LoadedCase[] {
    // Not cached: only called cases are kept (holding every model would slow a corpus run down with GC).
    const unparsed = files.filter((file) => !this.parsed.has(file.relPath));
    const fresh = new Map(parseFiles(unparsed).map((loaded, index) => [unparsed[index], loaded]));
    return files.map((file) => {
      const loaded = this.parsed.get(file.relPath) ?? (fresh.get(file) as LoadedCase);
      const duplicate = this.duplicateOf(file);
      if (!loaded.model || !duplicate) return loaded;
      const message = `duplicate key ${loaded.model.key}: ${duplicate.file} has it too (only that one is converted)`;
      return { problems: [{ file: file.file, line: loaded.model.keyLine, message }] };
    });
  }

  fileAt(relPath: string): CaseFile | undefined {
    return this.byRelPath.get(relPath);
  }

  /** The file a key names (the first one when a key is duplicated). */
  fileOf(key: string): CaseFile | undefined {
    return this.byKey.get(key)?.[0];
  }

  /** The parsed case a key names, if it exists and parses. */
  resolve = (key: string): CaseModel | undefined => {
    const file = this.fileOf(key);
    return file ? this.load(file).model : undefined;
  };

  load(file: CaseFile): LoadedCase {
    let result = this.parsed.get(file.relPath);
    if (!result) {
      [result] = parseFiles([file]);
      this.parsed.set(file.relPath, result);
    }
    return result;
  }
}

/** The files' cases, in order: all of them are read before any is parsed. */
function parseFiles(files: readonly CaseFile[]): LoadedCase[] {
  const reads = files.map(readCase);
  const inputs: CaseSource[] = [];
  reads.forEach((read, index) => {
    if ('source' in read) inputs.push({ source: read.source, where: files[index] });
  });
  const parsed = parseCases(inputs);
  let next = 0;
  return reads.map((read): LoadedCase => {
    if (!('source' in read)) return read;
    const result = parsed[next++];
    const { stamp } = read;
    return result.ok ? { model: result.model, problems: [], stamp } : { problems: result.problems, stamp };
  });
}

/** The file's text and stamp, or why it cannot be read. */
function readCase(file: CaseFile): { source: string; stamp: FileStamp } | LoadedCase {
  try {
    return readStamped(file.path);
  } catch (error) {
    const message =
      error instanceof UnusableCaseFile
        ? error.message
        : `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    return { problems: [{ file: file.file, line: 1, message }] };
  }
}

/** Far above any real case (the corpus's largest is a few dozen KB); a bigger file is a mistake, not a case. */
export const MAX_CASE_BYTES = 5 * 1024 * 1024;

class UnusableCaseFile extends Error {}

const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
// Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever (fstat then refuses it).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The file's text and its stamp, both from one open file (one path lookup instead of two). Stamped before
 * reading: should the file change meanwhile, the cache sees a newer file than it converted. Read in one call
 * into a reused buffer, as the stamp gives the size: `readFileSync` on the open file would stat it again and
 * allocate a buffer per file (the corpus reads a sixth faster, measured). Only regular files of at most
 * MAX_CASE_BYTES are read: a FIFO would block, and a link to /dev/zero would never end.
 */
function readStamped(file: string): { source: string; stamp: FileStamp } {
  const handle = fs.openSync(file, OPEN_FLAGS);
  try {
    const stats = fs.fstatSync(handle);
    if (!stats.isFile()) {
      throw new UnusableCaseFile(
        'not a regular file (a FIFO, device or socket, or a link to one): a case must be a plain markdown file',
      );
    }
    const { mtimeMs, ctimeMs, size } = stats;
    if (size > MAX_CASE_BYTES) throw tooLarge(size);
    // A file larger than the shared buffer (none in the corpus comes near) gets one of its own, not kept.
    const buffer = size < READ_BUFFER.length ? READ_BUFFER : Buffer.allocUnsafe(size + 1);
    // Asking for one byte more than the stamp says tells a file that grew meanwhile: it is then read again,
    // still within the limit.
    const read = fs.readSync(handle, buffer, 0, size + 1, 0);
    const source = read <= size ? buffer.toString('utf8', 0, read) : readGrown(handle);
    return { stamp: { mtimeMs, size, ctimeMs }, source };
  } finally {
    fs.closeSync(handle);
  }
}

function readGrown(handle: number): string {
  const buffer = Buffer.allocUnsafe(MAX_CASE_BYTES + 1);
  const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
  if (read > MAX_CASE_BYTES) throw tooLarge(read);
  return buffer.toString('utf8', 0, read);
}

function tooLarge(size: number): UnusableCaseFile {
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return new UnusableCaseFile(
    `the file is ${megabytes} MB, more than a case may be (${MAX_CASE_BYTES / 1024 / 1024} MB): split it, or move it out of the cases folder`,
  );
}
