import type { BacktrackingRisk } from './regex-safety.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Point } from '../model/position.js';
import { quote } from '../text/quote.js';

/**
 * `unsafe-regex` for one regex pattern of a code: an error when it can backtrack exponentially
 * (a codebook with one is refused by every command), a warning when polynomially. The same
 * words wherever a codebook is loaded, so that `check` says what `code` will do.
 */
export function regexRiskDiagnostics(
  file: string,
  place: Point,
  pattern: string,
  risks: readonly BacktrackingRisk[],
  codeId: string,
): Diagnostic[] {
  return risks.map((risk) => {
    const [inner, outer = inner] = risk.quantifiers.map((quantifier) => `"${quantifier}"`);
    const text = `regex ${quote(pattern)} of "${codeId}"`;
    const input = JSON.stringify(`${risk.character.repeat(3)}…`);
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
