// Speed: multiple-cucumber-html-reporter creates its Liquid engine without a template cache, so every one of
// the thousands of pages it writes re-reads and re-parses the layout and every include (most of the time
// of a 5,000-scenario report). Its engine is private, but liquidjs merges its exported `defaultOptions`
// into every new engine; a cache set there before the reporter is first imported reaches its engine.
// Imported by reporter-shim.mjs before the reporter, so it runs first.
import { defaultOptions } from 'liquidjs';

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
