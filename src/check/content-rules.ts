import type { Diagnostic } from '../model/diagnostic.js';
import { allCodes, finding, type CheckContext } from './context.js';

const MISSING: Readonly<Record<string, string>> = {
  'match none': 'has no examples; add a match example (a sentence it must code) and a none example (one it must not code)',
  match: 'has no match example; add a sentence it must code',
  none: 'has no none example; add a sentence it must not code',
};

/**
 * `missing-definition`: a code without a definition cannot be applied the same way by two coders.
 * `missing-patterns`: a code without `match` patterns codes nothing (a skeleton from `import`).
 * `missing-examples`: a code needs at least one `match` and one `none` example, which are its tests.
 */
export function checkContent(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { codebook, code } of allCodes(context.codebooks)) {
    if ((code.definition ?? '').trim() === '') {
      diagnostics.push(
        finding(
          codebook.file,
          code.place,
          'warning',
          `code "${code.id}" has no definition; say in one to three sentences what the code means`,
          'missing-definition',
        ),
      );
    }
    if (code.match.length === 0) {
      diagnostics.push(
        finding(
          codebook.file,
          code.place,
          'warning',
          `code "${code.id}" has no match patterns, so it codes nothing; write its patterns under match:`,
          'missing-patterns',
        ),
      );
    }
    const missing = (['match', 'none'] as const).filter((expect) => !code.examples.some((example) => example.expect === expect));
    if (missing.length > 0) {
      diagnostics.push(
        finding(codebook.file, code.place, 'warning', `code "${code.id}" ${MISSING[missing.join(' ')] ?? ''}`, 'missing-examples'),
      );
    }
  }
  return diagnostics;
}
