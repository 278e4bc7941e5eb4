export { stepReference } from './classify';
export { cleanText } from './inline';
export type * from './model';
export { type CaseLocation, type CaseSource, type ParseResult, parseCase, parseCases } from './parse';
