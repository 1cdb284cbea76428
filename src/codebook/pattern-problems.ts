import { compilePattern } from './compile-pattern.js';
import type { PatternSource } from '../model/codebook.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Places } from './places.js';
import { regexRiskDiagnostics } from './regex-risks.js';

/**
 * Parse every pattern found, even in a codebook that fails the schema, so that all problems show
 * at once: `invalid-pattern` (error) and `unsafe-regex` (error when exponential, warning when
 * polynomial). `compiled` holds the patterns without an error by their path
 * (`themes/0/codes/1/match/2`): a codebook loaded for `check` leaves out the others.
 */
export function findPatternProblems(
  value: unknown,
  places: Places,
  file: string,
): { diagnostics: Diagnostic[]; compiled: Map<string, PatternSource> } {
  const diagnostics: Diagnostic[] = [];
  const compiled = new Map<string, PatternSource>();
  const themes = (value as { themes?: unknown } | null)?.themes;
  if (!Array.isArray(themes)) return { diagnostics, compiled };
  themes.forEach((theme: unknown, themeIndex) => {
    const codes = (theme as { codes?: unknown } | null)?.codes;
    if (!Array.isArray(codes)) return;
    codes.forEach((code: unknown, codeIndex) => {
      const id = (code as { id?: unknown } | null)?.id;
      const codeId = typeof id === 'string' ? id : `code ${codeIndex + 1}`;
      for (const list of ['match', 'unless'] as const) {
        const patterns = (code as Record<string, unknown> | null)?.[list];
        if (!Array.isArray(patterns)) continue;
        patterns.forEach((pattern: unknown, index) => {
          if (typeof pattern !== 'string') return;
          const path = ['themes', themeIndex, 'codes', codeIndex, list, index];
          const result = compilePattern(pattern, places.at(path));
          const found =
            'kind' in result
              ? [
                  {
                    file,
                    place: places.inScalar(path, result.index),
                    severity: 'error' as const,
                    reason: `invalid pattern ${JSON.stringify(pattern)}: ${result.message}`,
                    ruleId: 'invalid-pattern',
                  },
                ]
              : regexRiskDiagnostics(file, result.source.place, pattern, result.risks, codeId);
          if (!('kind' in result) && !found.some((diagnostic) => diagnostic.severity === 'error'))
            compiled.set(path.join('/'), result.source);
          diagnostics.push(...found);
        });
      }
    });
  });
  return { diagnostics, compiled };
}
