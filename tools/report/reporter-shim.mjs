// ESM door to multiple-cucumber-html-reporter, which ships only an `import` export (see reporter.ts).
// Module order matters: the Liquid tuning must be in place before the reporter builds its engine.
import './reporter-liquid-tuning.mjs';

export { generate } from 'multiple-cucumber-html-reporter';
