// ESM door to multiple-cucumber-html-reporter, which ships only an `import` export (see reporter.ts).
// Module order matters: the template cache must be in place before the reporter builds its engine.
import './reporter-template-cache.mjs';

export { generate } from 'multiple-cucumber-html-reporter';
