import { codeText } from '../code/apply.js';
import type { Matcher } from '../code/matcher.js';
import type { Code, CodeExample, Codebook } from '../model/codebook.js';

/** A code that coded an example: the patterns that matched and the words they matched. */
export interface ExampleCoding {
  readonly code: string;
  readonly negated: boolean;
  readonly patterns: readonly string[];
  readonly evidence: readonly string[];
}

/** How the engine codes one example of a code. */
export interface ExampleResult {
  readonly codebook: Codebook;
  readonly code: Code;
  readonly example: CodeExample;
  /** Whether the example's own code coded it (negated mentions included). */
  readonly coded: boolean;
  /** Every code that coded the example, with the words that matched. */
  readonly codings: readonly ExampleCoding[];
}

/** True when the engine does what the example expects: `match` coded, `none` not coded. */
export function exampleHolds(result: ExampleResult): boolean {
  return result.example.expect === 'match' ? result.coded : !result.coded;
}

/** Run every example of the codebooks through a matcher compiled from them. */
export function runExamples(codebooks: readonly Codebook[], matcher: Matcher): ExampleResult[] {
  const results: ExampleResult[] = [];
  for (const codebook of codebooks) {
    for (const theme of codebook.themes) {
      for (const code of theme.codes) {
        for (const example of code.examples) {
          const codings = codeText(matcher, example.text, { section: example.section, question: example.question }).codings.map(
            (coding) => ({
              code: coding.code.code.id,
              negated: coding.negated,
              patterns: [...new Set(coding.hits.map((hit) => hit.pattern))],
              evidence: [...new Set(coding.hits.map((hit) => example.text.slice(hit.start, hit.end)))],
            }),
          );
          results.push({ codebook, code, example, coded: codings.some((coding) => coding.code === code.id), codings });
        }
      }
    }
  }
  return results;
}
