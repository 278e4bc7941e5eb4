import fs from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../case';
import type { StepMatcher } from '../coverage/step-matcher';
import { CaseSet } from '../generate/case-set';
import { type ConvertedCase, convertCase } from '../gherkin';
import type { CheckInput } from './inputs';
import { type Example, nearestExample } from './nearest';
import { isVague } from './vague';

export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: 'warning' | 'error';
  message: string;
}

export type Verdict = 'runnable' | 'unbound' | 'manual' | 'no-steps' | 'invalid';

export interface CaseCheck {
  file: string;
  verdict: Verdict;
  steps: number;
  unbound: number;
  findings: Finding[];
}

export interface CheckContext {
  matcher: StepMatcher;
  examples: readonly Example[];
  /** Display paths are relative to this folder. */
  rootDir: string;
}

/** Every case of the inputs: converted in memory exactly as `npm run generate` would, each line matched. */
export function checkCases(inputs: readonly CheckInput[], context: CheckContext): CaseCheck[] {
  const results: CaseCheck[] = [];
  for (const input of inputs) {
    const set = new CaseSet(input.all);
    for (const loaded of set.casesIn(input.files)) {
      if (!loaded.model) {
        results.push(invalidCase(loaded.problems));
        continue;
      }
      results.push(checkCase(convertCase(loaded.model, set.resolve), loaded.model.file, context));
    }
  }
  return results;
}

function invalidCase(problems: InputProblem[]): CaseCheck {
  const findings = problems.map((problem) => ({
    file: problem.file,
    line: problem.line,
    column: 1,
    severity: problem.warning ? ('warning' as const) : ('error' as const),
    message: problem.message,
  }));
  return { file: problems[0]?.file ?? '?', verdict: 'invalid', steps: 0, unbound: 0, findings };
}

function checkCase(converted: ConvertedCase, file: string, context: CheckContext): CaseCheck {
  const steps = converted.steps;
  if (converted.tags.includes('@no-steps'))
    return { file, verdict: 'no-steps', steps: 0, unbound: 0, findings: [] };
  const lines = new SourceLines(context.rootDir);
  const findings: Finding[] = [];
  for (const step of steps) {
    const matches = context.matcher.matching(step.text);
    if (matches.length === 1) continue;
    const where = {
      file: step.mdFile,
      line: step.mdLine,
      column: lines.columnOf(step.mdFile, step.mdLine, step.text),
    };
    findings.push({
      ...where,
      severity: 'warning',
      message: whyUnbound(step.text, step.kind, matches, context),
    });
  }
  const manual = converted.tags.includes('@manual');
  const verdict: Verdict = manual ? 'manual' : findings.length ? 'unbound' : 'runnable';
  return { file, verdict, steps: steps.length, unbound: findings.length, findings };
}

function whyUnbound(text: string, kind: string, matches: string[], context: CheckContext): string {
  if (matches.length > 1) return `ambiguous: "${text}" matches ${matches.join(' and ')}`;
  if (kind === 'expected' && isVague(text))
    return `vague: "${text}" names no element or text to check; quote what should be shown`;
  const near = nearestExample(text, context.examples, context.matcher);
  const advice = near ? `; nearest: '${near.text}' (as in ${near.key})` : '';
  return `no step understands "${text}"${advice}`;
}

/** The markdown lines, read once per file, to point at the column where a step's words start. */
class SourceLines {
  private readonly files = new Map<string, string[]>();

  constructor(private readonly rootDir: string) {}

  columnOf(file: string, line: number, text: string): number {
    const source = this.linesOf(file)[line - 1] ?? '';
    const words = text.match(/[\p{L}\p{N}][^\s*_`]*/u)?.[0];
    const at = words ? source.indexOf(words) : -1;
    if (at >= 0) return at + 1;
    const first = source.search(/[\p{L}\p{N}]/u);
    return first >= 0 ? first + 1 : 1;
  }

  private linesOf(file: string): string[] {
    let lines = this.files.get(file);
    if (!lines) {
      try {
        lines = fs.readFileSync(path.resolve(this.rootDir, file), 'utf8').split(/\r?\n/);
      } catch {
        lines = [];
      }
      this.files.set(file, lines);
    }
    return lines;
  }
}
