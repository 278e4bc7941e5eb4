// A require hook for the project's TypeScript (`node --require ./tools/ts-cache/register.js`, or cucumber's
// `requireModule`): swc strips the types (no type-checking at run time: that is `npm run typecheck`), and the
// output is kept in a cache folder keyed by a hash of the source and the compiler settings, so repeated runs and
// every `--parallel` worker load plain JavaScript without loading a compiler at all. Plain JavaScript because
// it is what loads the TypeScript.
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');

const SWC_OPTIONS = {
  sourceMaps: 'inline',
  // Stack traces need only the mappings (the .ts file is on disk): without the embedded source, the maps Node
  // decodes for every module at load time are half the size.
  inlineSourcesContent: false,
  module: { type: 'commonjs' },
  jsc: {
    parser: { syntax: 'typescript' },
    target: 'es2022',
    transform: { useDefineForClassFields: true },
  },
};

/** Folder of the cached output: CASEBOOK_TS_CACHE, else one per user in the temp folder. */
function cacheDir(env = process.env) {
  if (env.CASEBOOK_TS_CACHE) return path.resolve(env.CASEBOOK_TS_CACHE);
  const user = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `casebook-ts-cache-${user}`);
}

/** Changes whenever the compiler or its settings change, so an upgrade never serves stale output. */
function compilerSalt() {
  const { version } = require('@swc/core/package.json');
  return `${version}:${JSON.stringify(SWC_OPTIONS)}`;
}

let swc;
function transpile(source, filename) {
  swc ??= require('@swc/core');
  return swc.transformSync(source, { ...SWC_OPTIONS, filename }).code;
}

/**
 * The JavaScript for `filename`: from the cache when its source was compiled before, else compiled and stored
 * (written to a temporary name and renamed, so parallel workers never read a half-written file).
 */
function compiled(source, filename, dir, salt) {
  const key = crypto.createHash('sha256').update(salt).update('\0').update(filename).update('\0');
  const file = path.join(dir, `${key.update(source).digest('hex').slice(0, 40)}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    const code = transpile(source, filename);
    fs.mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, code);
    fs.renameSync(temporary, file);
    return code;
  }
}

function register() {
  if (Module._extensions['.ts']?.casebook) return;
  const dir = cacheDir();
  const salt = compilerSalt();
  // Stack traces (and Cucumber's step definition locations, read from one) point at the TypeScript lines.
  process.setSourceMapsEnabled(true);
  const load = (module, filename) => {
    if (filename.includes(`${path.sep}node_modules${path.sep}`)) {
      throw new Error(`${filename}: TypeScript inside node_modules is not compiled by casebook's loader`);
    }
    module._compile(compiled(fs.readFileSync(filename, 'utf8'), filename, dir, salt), filename);
  };
  load.casebook = true;
  Module._extensions['.ts'] = load;
}

register();

module.exports = { cacheDir, compiled, compilerSalt };
