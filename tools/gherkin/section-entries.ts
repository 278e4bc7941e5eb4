import { type BlockItem, type DocItem, type TableItem, type TextItem, withoutEmphasis } from '../case';
import { isCheck } from './phrasing';
import { comment, type Entry, type PlannedStep, type StepArgument } from './plan';

export interface SectionOptions {
  file: string;
  origin: PlannedStep['origin'];
  /** Receives related-ticket lines of the case itself (they go to the description); absent inside a called case. */
  related?: (text: string) => void;
}

/** Lines of one section → steps and comments; DocStrings and tables attach to the step above them. */
export function sectionEntries(items: readonly BlockItem[], options: SectionOptions): Entry[] {
  const builder = new SectionBuilder(options);
  for (const item of items) builder.add(item);
  return builder.entries;
}

class SectionBuilder {
  readonly entries: Entry[] = [];
  private lastStep: PlannedStep | undefined;
  /** The step collecting the bare URLs right under it, while they keep coming. */
  private urlsOf: PlannedStep | undefined;

  constructor(private readonly options: SectionOptions) {}

  add(item: BlockItem): void {
    if (item.type === 'text' && item.role === 'url') {
      this.addUrl(item.text);
      return;
    }
    this.urlsOf = undefined;
    if (item.type === 'text') this.addText(item);
    else if (!isEmpty(item)) this.addArgument(item);
  }

  private addText(item: TextItem): void {
    const entry = textEntry(item, this.options);
    if (entry) this.entries.push(entry);
    if (entry?.type === 'step') this.lastStep = entry;
  }

  /**
   * A bare URL right under a step that asks for text ("Post the following:", "Navigate to") is that step's
   * data: it becomes the step's DocString, and the URLs right below join it. Otherwise it is a reference.
   */
  private addUrl(url: string): void {
    const above = this.entries.at(-1) === this.lastStep ? this.lastStep : undefined;
    if (this.urlsOf?.argument?.type === 'doc') {
      this.urlsOf.argument.content += `\n${url}`;
    } else if (above && !above.argument && ASKS_FOR_TEXT.test(above.text)) {
      above.argument = { type: 'doc', content: url };
      this.urlsOf = above;
    } else {
      this.entries.push(comment(url));
    }
  }

  private addArgument(item: DocItem | TableItem): void {
    const argument: StepArgument =
      item.type === 'doc'
        ? { type: 'doc', content: item.content, mediaType: item.mediaType }
        : { type: 'table', rows: item.rows };
    if (this.lastStep && !this.lastStep.argument) {
      this.lastStep.argument = argument;
      return;
    }
    this.lastStep = plannedStep(introductionOf(argument, this.options.origin), item.line, this.options);
    this.lastStep.argument = argument;
    this.entries.push(this.lastStep);
  }
}

const ASKS_FOR_TEXT =
  /:\s*$|\b(?:following|post|paste|type|enter|send|message|url|link|open|visit|navigate|go to|browse|access)\b/i;

/** An empty fence or table carries nothing worth a step. */
function isEmpty(item: DocItem | TableItem): boolean {
  return item.type === 'doc'
    ? item.content.trim() === ''
    : item.rows.every((row) => row.every((cell) => cell === ''));
}

function textEntry(item: TextItem, options: SectionOptions): Entry | undefined {
  switch (item.role) {
    case 'step': {
      const step = plannedStep(withoutEmphasis(item.text), item.line, options);
      step.number = item.number;
      step.depth = item.depth;
      return step;
    }
    case 'related':
      if (options.related) {
        options.related(item.linkText);
        return undefined;
      }
      return comment(`Related: ${item.linkText}`);
    case 'related-header':
    case 'case-name':
    case 'ornament':
      return undefined;
    case 'image':
      return comment(`Image: ${item.text}`);
    default:
      return comment(item.text);
  }
}

export function plannedStep(text: string, line: number, options: SectionOptions): PlannedStep {
  const role =
    options.origin === 'expected' || (options.origin === 'action' && isCheck(text)) ? 'expected' : 'action';
  return {
    type: 'step',
    role: options.origin === 'precondition' || options.origin === 'test-data' ? 'context' : role,
    origin: options.origin,
    text,
    source: { file: options.file, line },
  };
}

/** A DocString or table with no line above it in its section still needs a step to belong to. */
function introductionOf(argument: StepArgument, origin: PlannedStep['origin']): string {
  if (origin === 'expected') return 'the expected result is:';
  return argument.type === 'doc' ? 'the following text:' : 'the following table:';
}
