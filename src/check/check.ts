import { compileMatcher } from '../code/matcher.js';
import { loadCodebook } from '../codebook/load.js';
import type { CodebookSource } from '../model/codebook.js';
import type { Codebook } from '../model/codebook.js';
import { createCodebookValidator } from '../codebook/schema.js';
import { findDuplicateIds } from '../codebook/unique-ids.js';
import type { TranscriptFile } from '../model/transcript.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CodingSettings } from '../model/settings.js';
import { checkContent } from './content-rules.js';
import type { CheckContext } from './context.js';
import { checkCorpus } from './corpus-rules.js';
import { checkExamples } from './example-rules.js';
import { checkPatterns } from './pattern-rules.js';
import { checkUnless } from './unless-rules.js';
import { FormCounter, reviewWordForms, type PatternForms } from './word-forms.js';

/** The codebooks `check` could load, and every problem found in them. */
export interface CheckResult {
  readonly codebooks: readonly Codebook[];
  readonly diagnostics: readonly Diagnostic[];
  /** With a corpus: every pattern with the word forms it matched there; null without one. */
  readonly wordForms: readonly PatternForms[] | null;
}

/**
 * Lint codebooks checked together: YAML syntax, the schema and patterns as they load (`yaml-syntax`,
 * `schema`, `invalid-pattern`), ids across codebooks (`duplicate-id`), then the rules on what
 * loaded; with a corpus also `unused-code`, `coverage`, `stem-collision` and the word forms of every
 * pattern, and the corpus as evidence for `dead-unless`.
 */
export async function checkCodebooks(
  sources: readonly CodebookSource[],
  corpus: { readonly files: readonly TranscriptFile[]; readonly settings: CodingSettings } | null = null,
): Promise<CheckResult> {
  const validator = createCodebookValidator();
  const diagnostics: Diagnostic[] = [];
  const codebooks: Codebook[] = [];
  for (const source of sources) {
    const loaded = loadCodebook(source, validator, { dropInvalidPatterns: true });
    diagnostics.push(...loaded.diagnostics);
    if (loaded.codebook) codebooks.push(loaded.codebook);
  }
  diagnostics.push(...findDuplicateIds(codebooks));
  const context: CheckContext = { codebooks, matcher: compileMatcher(codebooks) };
  const counter = new FormCounter(context.matcher);
  const found = corpus === null ? null : await checkCorpus(context, corpus.files, corpus.settings, counter);
  if (found) diagnostics.push(...found.diagnostics);
  const review = found === null ? null : reviewWordForms(context, counter);
  if (review) diagnostics.push(...review.diagnostics);
  diagnostics.push(
    ...checkContent(context),
    ...checkExamples(context),
    ...checkPatterns(context),
    ...checkUnless(context, found?.texts ?? []),
  );
  return { codebooks, diagnostics, wordForms: review?.forms ?? null };
}
