// Cucumber writes its JSON report in one go at the end of a run, so a killed run can leave it empty or
// cut off. Rather than throw the whole file away, keep every top-level element that is complete.

export interface SalvagedArray {
  items: unknown[];
  /** false when the text was cut off and only its complete elements were kept */
  complete: boolean;
}

/** Index of the quote that closes the string opening at `quote`, or text.length when it never closes. */
function endOfString(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

/** End offset (exclusive) of the last complete element of the top-level array, or -1. */
function endOfLastCompleteElement(text: string, arrayStart: number): number {
  let depth = 0;
  let lastEnd = -1;
  for (let i = arrayStart + 1; i < text.length && depth >= 0; i++) {
    const char = text[i];
    if (char === '"') i = endOfString(text, i);
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) lastEnd = i + 1;
    }
  }
  return lastEnd;
}

export function parseJsonArrayLeniently(text: string): SalvagedArray {
  if (text.trim() === '') return { items: [], complete: false };
  try {
    const value: unknown = JSON.parse(text);
    return { items: Array.isArray(value) ? value : [value], complete: true };
  } catch {
    const start = text.indexOf('[');
    const end = start === -1 ? -1 : endOfLastCompleteElement(text, start);
    if (end === -1) return { items: [], complete: false };
    try {
      return { items: JSON.parse(`${text.slice(start, end)}]`) as unknown[], complete: false };
    } catch {
      return { items: [], complete: false };
    }
  }
}
