import { analyse } from 'scslre';

/** How a regex can backtrack: exponentially (error), polynomially between two quantifiers (warning). */
export interface BacktrackingRisk {
  readonly exponential: boolean;
  /** The quantifiers involved, as written. */
  readonly quantifiers: readonly string[];
  /** A character that, repeated, makes the regex slow. */
  readonly character: string;
}

/**
 * Super-linear backtracking risks of a regex, found statically by scslre (the analyser behind
 * eslint-plugin-regexp). "Move" reports are left out: they are the quadratic cost of trying a
 * pattern at every start position, harmless on segments of a few thousand characters.
 */
export function findBacktrackingRisks(source: string, flags: string): BacktrackingRisk[] {
  const risks: BacktrackingRisk[] = [];
  for (const report of analyse({ source, flags }).reports) {
    if (report.type === 'Move') continue;
    const quantifiers = report.type === 'Self' ? [report.quant.raw, report.parentQuant.raw] : [report.startQuant.raw, report.endQuant.raw];
    risks.push({ exponential: report.exponential, quantifiers, character: report.character.pick });
  }
  return risks;
}
