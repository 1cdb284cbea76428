import { parsePattern } from '../code/pattern.js';
import type { Diagnostic } from '../model.js';
import type { Places } from './places.js';
import { regexRiskDiagnostics } from './regex-risks.js';

/**
 * Parse every pattern found, even in a codebook that fails the schema, so that all problems show
 * at once: `invalid-pattern` (error) and `unsafe-regex` (error when exponential, warning when
 * polynomial). `dropped` holds the paths (`themes/0/codes/1/match/2`) of the patterns with an
 * error, which a codebook loaded for `check` leaves out.
 */
export function findPatternProblems(value: unknown, places: Places, file: string): { diagnostics: Diagnostic[]; dropped: Set<string> } {
  const diagnostics: Diagnostic[] = [];
  const dropped = new Set<string>();
  const themes = (value as { themes?: unknown } | null)?.themes;
  if (!Array.isArray(themes)) return { diagnostics, dropped };
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
          const parsed = parsePattern(pattern);
          const found =
            parsed.kind === 'error'
              ? [
                  {
                    file,
                    place: places.inScalar(path, parsed.index),
                    severity: 'error' as const,
                    reason: `invalid pattern ${JSON.stringify(pattern)}: ${parsed.message}`,
                    ruleId: 'invalid-pattern',
                  },
                ]
              : parsed.kind === 'regex'
                ? regexRiskDiagnostics(file, places.at(path), { text: pattern, source: parsed.source, flags: parsed.flags }, codeId)
                : [];
          if (found.some((diagnostic) => diagnostic.severity === 'error')) dropped.add(path.join('/'));
          diagnostics.push(...found);
        });
      }
    });
  });
  return { diagnostics, dropped };
}
