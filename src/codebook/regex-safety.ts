import { analyse, type Report } from 'scslre';

/** How a regex can backtrack: exponentially (error), polynomially between two quantifiers (warning). */
export interface BacktrackingRisk {
  readonly exponential: boolean;
  /** The quantifiers involved, as written. */
  readonly quantifiers: readonly string[];
  /** A character that, repeated, makes the regex slow. */
  readonly character: string;
}

/** Move reports are not wanted, and finding them takes most of the analysis time. */
const ANALYSIS = { reportTypes: { Move: false } } as const;

/** A bounded quantifier made unbounded: where its suffix (`{1,100}`) stood, and what replaces it (`{1,}`). */
interface Widening {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Super-linear backtracking risks of a regex, found statically by scslre (the analyser behind
 * eslint-plugin-regexp). "Move" reports are left out: the cost of trying a pattern at every
 * start is bounded by running regexes on windows of a segment (see match-regex.ts). scslre
 * trusts bounded quantifiers, yet `(a{1,100}){1,100}` takes minutes on 30 letters: for the
 * exponential verdict every quantifier with a maximum of 2 or more counts as unbounded.
 */
export function findBacktrackingRisks(source: string, flags: string): BacktrackingRisk[] {
  const written = analyse({ source, flags }, ANALYSIS);
  const widenings = findWidenings(written.parsed.pattern as unknown as AstNode);
  const widened = widenings.length === 0 ? written : analyse({ source: applyWidenings(source, widenings), flags }, ANALYSIS);
  const exponential = widened.reports.filter((report) => report.exponential);
  if (exponential.length > 0)
    return exponential.map((report) =>
      toRisk(report, true, (start, end) => source.slice(toWritten(start, widenings), toWritten(end, widenings))),
    );
  return written.reports.map((report) => toRisk(report, false, (start, end) => source.slice(start, end)));
}

function toRisk(report: Report, exponential: boolean, raw: (start: number, end: number) => string): BacktrackingRisk {
  if (report.type === 'Move')
    return { exponential, quantifiers: [raw(report.quant.start, report.quant.end)], character: report.character.pick };
  const quantifiers = report.type === 'Self' ? [report.quant, report.parentQuant] : [report.startQuant, report.endQuant];
  return {
    exponential,
    quantifiers: quantifiers.map((quantifier) => raw(quantifier.start, quantifier.end)),
    character: report.character.pick,
  };
}

/** The parts of a regexpp AST node that the widening looks at. */
interface AstNode {
  readonly type: string;
  readonly end: number;
  readonly alternatives?: readonly AstNode[];
  readonly elements?: readonly AstNode[];
  readonly element?: AstNode;
  readonly min?: number;
  readonly max?: number;
  readonly greedy?: boolean;
}

/**
 * The bounded quantifiers (maximum 2 or more) of a parsed regex, in source order; none when no
 * quantifier stands inside a repeated one, as exponential backtracking needs (and widening such a
 * regex would only make the analysis slow).
 */
function findWidenings(pattern: AstNode): Widening[] {
  const widenings: Widening[] = [];
  let nested = false;
  const visit = (node: AstNode, repeated: boolean): void => {
    let inside = repeated;
    if (node.type === 'Quantifier' && node.element) {
      if (repeated) nested = true;
      if (node.max! >= 2) inside = true;
      if (Number.isFinite(node.max) && node.max! >= 2)
        widenings.push({ start: node.element.end, end: node.end, text: `{${node.min!},}${node.greedy === false ? '?' : ''}` });
    }
    // Character classes hold no quantifiers.
    if (node.type === 'CharacterClass' || node.type === 'ExpressionCharacterClass') return;
    for (const child of node.alternatives ?? []) visit(child, inside);
    for (const child of node.elements ?? []) visit(child, inside);
    if (node.element) visit(node.element, inside);
  };
  visit(pattern, false);
  return nested ? widenings.sort((a, b) => a.start - b.start) : [];
}

function applyWidenings(source: string, widenings: readonly Widening[]): string {
  let result = '';
  let cursor = 0;
  for (const widening of widenings) {
    result += source.slice(cursor, widening.start) + widening.text;
    cursor = widening.end;
  }
  return result + source.slice(cursor);
}

/** An offset in the widened source mapped back to the source as written. */
function toWritten(offset: number, widenings: readonly Widening[]): number {
  let shift = 0;
  for (const widening of widenings) {
    const widenedStart = widening.start + shift;
    if (widenedStart >= offset) break;
    const delta = widening.text.length - (widening.end - widening.start);
    if (widenedStart + widening.text.length <= offset) shift += delta;
    else return widening.start + Math.min(offset - widenedStart, widening.end - widening.start);
  }
  return offset - shift;
}
