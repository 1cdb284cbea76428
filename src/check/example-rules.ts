import { exampleHolds, runExamples, type ExampleCoding, type ExampleResult } from './examples.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { finding, quote, type CheckContext } from './context.js';

/**
 * Every example is a test of the engine. `example-mismatch` (error): a `match` example its code
 * does not code, or a `none` example it does. `example-cross-match` (warning): a `match` example
 * that another code of the same codebook codes too, a sign that the two codes overlap.
 */
export function checkExamples(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const known = new Set(context.matcher.codes.map((entry) => entry.code.id));
  const codebookOf = new Map(context.matcher.codes.map((entry) => [entry.code.id, entry.codebook]));
  for (const result of runExamples(context.codebooks, context.matcher)) {
    const { codebook, code, example } = result;
    const text = quote(example.text);
    for (const id of example.also.filter((other) => !known.has(other))) {
      diagnostics.push(
        finding(
          codebook.file,
          example.place,
          'warning',
          `example ${text} lists "${id}" under also:, but no code has that id`,
          'example-cross-match',
        ),
      );
    }
    if (!exampleHolds(result)) {
      const reason =
        example.expect === 'match'
          ? `match example ${text} is not coded with "${code.id}"${codedBy(result)}`
          : `none example ${text} is coded with "${code.id}": ${describe(result.codings.find((coding) => coding.code === code.id)!)}`;
      diagnostics.push(finding(codebook.file, example.place, 'error', reason, 'example-mismatch'));
      continue;
    }
    if (example.expect !== 'match') continue;
    for (const other of result.codings) {
      // Codebooks checked together are often different dimensions (leefgebieden beside a thematic
      // codebook): overlap is reported within a codebook only.
      if (other.code === code.id || other.negated || example.also.includes(other.code) || codebookOf.get(other.code) !== codebook) continue;
      diagnostics.push(
        finding(
          codebook.file,
          example.place,
          'warning',
          `match example ${text} of "${code.id}" is also coded with "${other.code}": ${describe(other)}; sharpen the patterns, or list "${other.code}" under also: when the overlap is intended`,
          'example-cross-match',
        ),
      );
    }
  }
  return diagnostics;
}

function codedBy(result: ExampleResult): string {
  const others = result.codings.map((coding) => `"${coding.code}"`);
  return others.length === 0 ? '; no pattern matched' : `; it is coded with ${others.join(', ')}`;
}

function describe(coding: ExampleCoding): string {
  const patterns = coding.patterns.map((pattern) => quote(pattern, 40)).join(', ');
  const evidence = coding.evidence.map((words) => quote(words, 40)).join(', ');
  return `${coding.patterns.length === 1 ? 'pattern' : 'patterns'} ${patterns} matched ${evidence}`;
}
