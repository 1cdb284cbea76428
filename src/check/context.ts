import type { Code, Codebook, Theme } from '../model/codebook.js';
import type { Matcher } from '../code/matcher.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { Point } from '../model/position.js';

export { quote } from '../text/quote.js';

/** What every rule of `check` sees: the codebooks that loaded and one matcher compiled from all of them. */
export interface CheckContext {
  readonly codebooks: readonly Codebook[];
  readonly matcher: Matcher;
}

/** A code with the codebook and theme it belongs to. */
export interface CodeEntry {
  readonly codebook: Codebook;
  readonly theme: Theme;
  readonly code: Code;
}

/** Every code of the codebooks, in order. */
export function allCodes(codebooks: readonly Codebook[]): CodeEntry[] {
  return codebooks.flatMap((codebook) => codebook.themes.flatMap((theme) => theme.codes.map((code) => ({ codebook, theme, code }))));
}

/** A diagnostic of a rule at a place in a codebook. */
export function finding(file: string, place: Point, severity: Severity, reason: string, ruleId: string): Diagnostic {
  return { file, place, severity, reason, ruleId };
}
