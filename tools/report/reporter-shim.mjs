// ESM door to multiple-cucumber-html-reporter, which ships only an `import` export (see reporter.ts).
export { generate } from 'multiple-cucumber-html-reporter';
