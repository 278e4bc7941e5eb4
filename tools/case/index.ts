export { stepReference } from './classify';
export { withoutEmphasis } from './emphasis';
export { cleanText } from './inline';
export type * from './model';
export { type CaseLocation, type CaseSource, type ParseResult, parseCase, parseCases } from './parse';
