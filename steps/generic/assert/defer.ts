/**
 * Step patterns that read some expected lines better than the general assertion grammar does (a domain step
 * that knows what "Message `X` displays in center" means exactly). The grammar leaves the lines they match to
 * them. Wrap such a step's definition: `defineStep(...preferredOverGrammar(definition(pattern, body)))`.
 *
 * Only steps that overlap the grammar need it (`npm run coverage` lists such lines as ambiguous); every pattern
 * here is embedded in each grammar definition's lookahead, so keep the list short.
 */
export const grammarDeferrals: RegExp[] = [];

export function preferredOverGrammar<T extends [RegExp, ...unknown[]]>(args: T): T {
  grammarDeferrals.push(args[0]);
  return args;
}
