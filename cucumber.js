// Cucumber profiles. TypeScript is transpiled only (type-checking runs in `npm test`).
// The runner (`npm run bdd`, tools/bdd) fills in BASE_URL and the browser before calling cucumber-js.
const common = {
  paths: ['features/**/*.feature'],
  requireModule: ['ts-node/register/transpile-only'],
  require: ['support/**/*.ts', 'steps/**/*.ts'],
};

module.exports = {
  default: { ...common, format: ['progress'] },
};
