import type { Diagnostic } from '../model/diagnostic.js';
import type { Point } from '../model/position.js';
import type { Codebook } from '../model/codebook.js';

/**
 * Theme and code ids must be unique across all codebooks used together: reports, matrices and
 * other tools key on them. Each repeat is an error at its place, naming the first use.
 */
export function findDuplicateIds(codebooks: readonly Codebook[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstUse = new Map<string, { file: string; place: Point }>();
  const note = (kind: 'theme' | 'code', id: string, file: string, place: Point): void => {
    const key = `${kind}\u0000${id}`;
    const first = firstUse.get(key);
    if (!first) {
      firstUse.set(key, { file, place });
      return;
    }
    const where = first.file === file ? `line ${first.place.line}` : `${first.file}:${first.place.line}:${first.place.column}`;
    diagnostics.push({
      file,
      place,
      severity: 'error',
      reason: `${kind} id "${id}" is used twice (first at ${where}); ids must be unique across codebooks`,
      ruleId: 'duplicate-id',
    });
  };
  for (const codebook of codebooks) {
    for (const theme of codebook.themes) {
      note('theme', theme.id, codebook.file, theme.place);
      for (const code of theme.codes) note('code', code.id, codebook.file, code.place);
    }
  }
  return diagnostics;
}
