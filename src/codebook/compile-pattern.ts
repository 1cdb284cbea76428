import type { PatternSource } from '../model/codebook.js';
import type { Point } from '../model/position.js';
import type { PatternError } from '../model/pattern.js';
import { parsePattern } from './pattern.js';
import { findBacktrackingRisks, type BacktrackingRisk } from './regex-safety.js';

/** A pattern parsed and, when it is a regex, analysed for backtracking: what a codebook holds. */
export interface CompiledPatternSource {
  readonly source: PatternSource;
  /** The regex's backtracking risks (none for a phrase); an exponential one makes the codebook invalid. */
  readonly risks: readonly BacktrackingRisk[];
}

/** Parse and analyse one pattern as written; the error when it does not parse. */
export function compilePattern(text: string, place: Point): CompiledPatternSource | PatternError {
  const pattern = parsePattern(text);
  if (pattern.kind === 'error') return pattern;
  const risks = pattern.kind === 'regex' ? findBacktrackingRisks(pattern.source, pattern.flags) : [];
  return { source: { text, place, pattern, slowRegex: risks.length > 0 }, risks };
}
