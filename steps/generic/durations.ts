const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'a few': 3,
  few: 3,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  several: 5,
};

const UNIT_MS: [RegExp, number][] = [
  [/^(?:ms|milliseconds?)$/i, 1],
  [/^(?:s|secs?|seconds?)$/i, 1_000],
  [/^(?:m|mins?|minutes?)$/i, 60_000],
  [/^(?:h|hrs?|hours?)$/i, 3_600_000],
];

export const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|a couple(?: of)?|a few|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|few|couple|several)`;
export const UNIT = String.raw`(?:ms|milliseconds?|secs?|seconds?|s|mins?|minutes?|m|hrs?|hours?|h)`;

/** Milliseconds for an amount and a unit as written ("a", "minute" → 60000; "30", "secs" → 30000). */
export function toMs(amount: string, unit: string): number {
  const a = amount.trim().toLowerCase();
  const n = /^\d/.test(a) ? Number(a) : NUMBER_WORDS[a];
  const scale = UNIT_MS.find(([pattern]) => pattern.test(unit.trim()))?.[1];
  if (n === undefined || scale === undefined) throw new Error(`cannot read the duration "${amount} ${unit}"`);
  return n * scale;
}

/**
 * The longest wait a sentence allows, read from phrases such as "(may take up to a minute)", "up to 1 min",
 * "within 30 seconds", "wait 2 minutes"; undefined when it names none.
 */
export function durationIn(text: string): number | undefined {
  const pattern = new RegExp(
    String.raw`\b(?:up\s+to|within|about|around|for|after|takes?|wait|at\s+most)\s+(${AMOUNT})\s*(${UNIT})\b`,
    'gi',
  );
  let longest: number | undefined;
  for (const match of text.matchAll(pattern)) {
    const ms = toMs(match[1], match[2]);
    longest = Math.max(longest ?? 0, ms);
  }
  return longest;
}
