// The one way this project loads its TypeScript (docs/architecture.md, "TypeScript at run time"): every node
// process casebook starts (npm scripts, the test runner, child processes of tools and tests) preloads
// tools/ts-cache/register.js. Code that spawns node takes its arguments from here rather than spelling them.
import path from 'node:path';

/** Absolute path of the require hook, so a child started in any folder finds it. */
export const TS_LOADER = path.join(__dirname, 'register.js');

/** The node arguments that make a new node process load the project's TypeScript. */
export const TS_LOADER_ARGS: readonly string[] = ['--require', TS_LOADER];
