/** docs/phrasebook.json: what `npm run phrasebook` learnt, read back by `npm run check` for its "nearest" advice. */

export interface PhrasebookExample {
  text: string;
  /** The case key, e.g. MM-T2132. */
  key: string;
  /** Path of the case relative to the corpus root. */
  path: string;
}

export interface PhrasebookForm {
  area: string;
  /** "steps/generic/click.steps.ts:15" */
  location: string;
  /** The sentence forms as the step's doc comment writes them. */
  summary: string;
  parameters: string[];
  /** Corpus lines that bind to this step alone. */
  binds: number;
  /** Corpus cases with a line that binds to this step alone: 1 is a sentence of one case, not a phrase family. */
  cases: number;
  examples: PhrasebookExample[];
}

export interface PhrasebookData {
  corpusCommit: string;
  forms: PhrasebookForm[];
}
