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
  examples: PhrasebookExample[];
}

export interface PhrasebookData {
  corpusCommit: string;
  forms: PhrasebookForm[];
}
