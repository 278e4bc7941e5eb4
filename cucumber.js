// Cucumber profiles; `npm run bdd` (tools/bdd) starts the sandbox or checks BASE_URL, finds the browser, then
// runs cucumber-js with these. TypeScript is transpiled only (type-checking runs in `npm test`, not per run).
const reports = process.env.CASEBOOK_REPORTS_DIR || 'reports';

// No `paths`: cucumber-js then runs features/**/*.feature unless paths are given on the command line.
const common = {
  requireModule: [require.resolve('./tools/ts-cache/register.js')],
  // The assertion grammar comes last: it reads the nouns the step files registered and leaves to their steps
  // the lines they match (steps/generic/assert/assertions.last.ts).
  require: [
    'support/hooks.ts',
    'support/world.ts',
    'steps/**/*.steps.ts',
    'steps/generic/assert/assertions.last.ts',
  ],
  tags: 'not @manual and not @no-steps',
  format: [
    'progress',
    `json:${reports}/cucumber.json`,
    `message:${reports}/messages.ndjson`,
    `junit:${reports}/junit.xml`,
  ],
  formatOptions: { snippetInterface: 'async-await' },
  // Playwright's timeouts stay below Cucumber's step timeout (support/timeouts.ts, 30 s), so a stuck action
  // fails with Playwright's message naming the locator rather than a bare Cucumber timeout.
  worldParameters: { timeouts: { actionMs: 10_000, navigationMs: 15_000, expectMs: 10_000 } },
};

module.exports = {
  default: common,
  // CI: one retry shows flaky scenarios as such in the report (messages keep both attempts).
  ci: { ...common, retry: 1 },
  // npm run reach (tools/reach): only the messages it reads back (and progress on stdout, which it may mute);
  // it chooses the features itself (@manual and @no-steps cases are classified without cucumber).
  reach: {
    ...common,
    tags: '',
    format: [`message:${reports}/messages.ndjson`],
  },
};
