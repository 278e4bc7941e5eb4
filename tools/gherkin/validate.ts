import { AstBuilder, Errors, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
// The token and rule kinds are not re-exported by the package index; this is the module the parser itself uses.
import { RuleType, type Token, TokenType } from '@cucumber/gherkin/dist/src/Parser';
import { type GherkinDocument, IdGenerator } from '@cucumber/messages';

// One parser for every feature: building it (dialect tables, matcher) costs more than parsing a small feature.
const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());

export function parseFeature(text: string): GherkinDocument {
  return parser.parse(text);
}

interface CheckedStep {
  text: string;
  line: number;
}

/**
 * What the check needs from @cucumber/gherkin's parser: the step lines in document order, and the one error the
 * AST builder adds to the grammar's (a DataTable row whose cell count differs from its table's first row). It
 * builds no document: the message objects of every node are a quarter of a full parse of the corpus's features,
 * and the check reads none of them. The grammar errors come from the parser and token matcher unchanged.
 */
class StepCollector extends AstBuilder {
  steps: CheckedStep[] = [];
  private tableCells: number | undefined;

  constructor() {
    super(() => '');
  }

  override reset(): void {
    super.reset();
    this.steps = [];
    this.tableCells = undefined;
  }

  override startRule(ruleType: RuleType): void {
    if (ruleType === RuleType.DataTable || ruleType === RuleType.ExamplesTable) this.tableCells = undefined;
  }

  override endRule(): void {}

  override build(token: Token): void {
    if (token.matchedType === TokenType.StepLine) {
      this.steps.push({ text: token.matchedText ?? '', line: token.location.line });
    } else if (token.matchedType === TokenType.TableRow) {
      this.checkCellCount(token);
    }
  }

  /** The parser returns this; `steps` says the same with its type. */
  override getResult(): CheckedStep[] {
    return this.steps;
  }

  private checkCellCount(row: Token): void {
    const cells = row.matchedItems.length;
    this.tableCells ??= cells;
    if (cells !== this.tableCells) {
      throw Errors.AstBuilderException.create('inconsistent cell count within the table', row.location);
    }
  }
}

const collector = new StepCollector();
const checkingParser = new Parser(collector, new GherkinClassicTokenMatcher());

/**
 * Parses a generated feature with @cucumber/gherkin and checks that it holds exactly the planned steps.
 * Returns what is wrong, or undefined when the feature is valid.
 */
export function validateFeature(text: string, plannedSteps: readonly string[]): string | undefined {
  try {
    checkingParser.parse(text);
  } catch (error) {
    return `generated Gherkin does not parse: ${(error as Error).message}`;
  }
  const steps = collector.steps;
  if (steps.length !== plannedSteps.length) {
    return `generated Gherkin has ${steps.length} steps where ${plannedSteps.length} were planned`;
  }
  const index = steps.findIndex((step, position) => step.text !== plannedSteps[position]);
  return index < 0 ? undefined : `generated step at line ${steps[index].line} reads differently than planned`;
}
