// Speed for large runs: multiple-cucumber-html-reporter writes one page per feature (5,000 for the corpus)
// with a private Liquid engine. Two settings make that ~3x faster (npm run bench:report):
// 1. a template cache: without one, every page re-reads and re-parses the layout and each include.
//    liquidjs merges its exported `defaultOptions` into every new engine, so a cache set here, before the
//    reporter is first imported, reaches the reporter's engine;
// 2. synchronous rendering: the templates only read data already in memory, and the async renderer pays
//    for a promise at every template node.
// Imported by reporter-shim.mjs before the reporter, so it runs first.
import { defaultOptions, Liquid } from 'liquidjs';

const parsed = new Map();
defaultOptions.cache ??= {
  read: (key) => parsed.get(key),
  write: (key, value) => {
    parsed.set(key, value);
  },
  remove: (key) => {
    parsed.delete(key);
  },
  clear: () => parsed.clear(),
};

Liquid.prototype.renderFile = function renderFile(file, context, options) {
  return Promise.resolve().then(() => this.renderFileSync(file, context, options));
};
