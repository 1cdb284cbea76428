import type { PatternEntry, PatternSource } from '../model/codebook.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { compileEntry, type CompiledPart, type PartPlace } from './entries.js';
import { compilePattern } from './compile-pattern.js';
import type { Places } from './places.js';
import { regexRiskDiagnostics } from './regex-risks.js';

type Path = readonly (string | number)[];

/** The patterns of a codebook, compiled by their place in it. */
export interface CompiledPatterns {
  /** The entries of `match` and `unless` without an error, by path (`themes/0/codes/1/match/2`). */
  readonly entries: ReadonlyMap<string, PatternEntry>;
  /** The patterns of a code's `section` and `question` lists without an error, by path. */
  readonly scopes: ReadonlyMap<string, PatternSource>;
}

/**
 * Parse every pattern found, even in a codebook that fails the schema, so that all problems show
 * at once: `invalid-pattern` (error: a pattern that does not parse, or a map entry used wrongly) and
 * `unsafe-regex` (error when exponential, warning when polynomial). A codebook loaded for `check`
 * leaves out the entries and patterns with an error.
 */
export function findPatternProblems(
  value: unknown,
  places: Places,
  file: string,
): { diagnostics: Diagnostic[]; compiled: CompiledPatterns } {
  const diagnostics: Diagnostic[] = [];
  const entries = new Map<string, PatternEntry>();
  const scopes = new Map<string, PatternSource>();
  const invalid = (path: Path, index: number | null, pattern: string | null, message: string): void => {
    diagnostics.push({
      file,
      place: index === null ? places.at(path) : places.inScalar(path, index),
      severity: 'error',
      reason: pattern === null ? `invalid pattern entry: ${message}` : `invalid pattern ${JSON.stringify(pattern)}: ${message}`,
      ruleId: 'invalid-pattern',
    });
  };
  const risky = (part: CompiledPart, codeId: string): boolean => {
    const found = regexRiskDiagnostics(file, part.source.place, part.source.text, part.risks, codeId);
    diagnostics.push(...found);
    return found.some((diagnostic) => diagnostic.severity === 'error');
  };
  forEachCode(value, (code, codePath, codeId) => {
    for (const list of ['match', 'unless'] as const) {
      const items = code[list];
      if (!Array.isArray(items)) continue;
      items.forEach((item: unknown, index) => {
        const path = [...codePath, list, index];
        const partPath = (part: PartPlace): Path => [
          ...path,
          ...(part.key === null ? [] : [part.key]),
          ...(part.index === null ? [] : [part.index]),
        ];
        const compiled = compileEntry(item, list, (part) => places.at(partPath(part)));
        for (const problem of compiled.problems) {
          invalid(partPath(problem.part), problem.pattern?.index ?? null, problem.pattern?.text ?? null, problem.message);
        }
        const unsafe = compiled.parts.filter((part) => risky(part, codeId)).length > 0;
        if (compiled.entry && !unsafe) entries.set(path.join('/'), compiled.entry);
      });
    }
    for (const key of ['section', 'question'] as const) {
      const items = code[key];
      if (!Array.isArray(items)) continue;
      items.forEach((item: unknown, index) => {
        if (typeof item !== 'string' || item.trim() === '') return;
        const path = [...codePath, key, index];
        const result = compilePattern(item, places.at(path));
        if ('kind' in result) invalid(path, result.index, item, result.message);
        else if (!risky({ part: { key, index }, ...result }, codeId)) scopes.set(path.join('/'), result.source);
      });
    }
  });
  return { diagnostics, compiled: { entries, scopes } };
}

/** Call `visit` for every code of a parsed (possibly invalid) codebook value. */
function forEachCode(value: unknown, visit: (code: Record<string, unknown>, path: Path, codeId: string) => void): void {
  const themes = (value as { themes?: unknown } | null)?.themes;
  if (!Array.isArray(themes)) return;
  themes.forEach((theme: unknown, themeIndex) => {
    const codes = (theme as { codes?: unknown } | null)?.codes;
    if (!Array.isArray(codes)) return;
    codes.forEach((code: unknown, codeIndex) => {
      if (typeof code !== 'object' || code === null) return;
      const id = (code as { id?: unknown }).id;
      visit(
        code as Record<string, unknown>,
        ['themes', themeIndex, 'codes', codeIndex],
        typeof id === 'string' ? id : `code ${codeIndex + 1}`,
      );
    });
  });
}
