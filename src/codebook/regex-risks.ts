import { findBacktrackingRisks } from '../code/regex-safety.js';
import type { Diagnostic, Point } from '../model.js';
import { quote } from '../text/quote.js';

/**
 * `unsafe-regex` for one regex pattern of a code: an error when it can backtrack exponentially
 * (a codebook with one is refused by every command), a warning when polynomially. The same
 * words wherever a codebook is loaded, so that `check` says what `code` will do.
 */
export function regexRiskDiagnostics(
  file: string,
  place: Point,
  pattern: { readonly text: string; readonly source: string; readonly flags: string },
  codeId: string,
): Diagnostic[] {
  return findBacktrackingRisks(pattern.source, pattern.flags).map((risk) => {
    const [inner, outer = inner] = risk.quantifiers.map((quantifier) => `"${quantifier}"`);
    const text = `regex ${quote(pattern.text)} of "${codeId}"`;
    const input = JSON.stringify(risk.character.repeat(3) + '…');
    return risk.exponential
      ? {
          file,
          place,
          severity: 'error',
          reason: `${text} can take exponential time: ${inner} and ${outer} can match the same ${input} in many ways; make the repeated parts exclusive`,
          ruleId: 'unsafe-regex',
        }
      : {
          file,
          place,
          severity: 'warning',
          reason: `${text} can take polynomial time: ${inner} and ${outer} can trade ${input} between them; make them exclusive or bound them ({0,40})`,
          ruleId: 'unsafe-regex',
        };
  });
}
