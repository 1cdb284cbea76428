import { codeText, NO_CONTEXT } from '../code/apply.js';
import { compileMatcher } from '../code/matcher.js';
import type { Code, Codebook, PatternEntry } from '../model/codebook.js';
import type { CodingContext } from '../model/coding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { allCodes, finding, quote, type CheckContext, type CodeEntry } from './context.js';

interface Probe {
  readonly entry: CodeEntry;
  readonly unless: PatternEntry;
  /** The code without vetoes, and the code with only this unless entry. */
  readonly without: Code;
  readonly with: Code;
  /** Set once the unless entry changes how a text is coded. */
  seen: boolean;
}

/**
 * `dead-unless` (warning): an `unless` entry that cannot change the coding. Either its code has
 * no match pattern to veto, or no text we have (the code's own examples, in their section and
 * question, and the corpus with --corpus) is coded otherwise with it than without it. An unless
 * entry earns its place by an example that shows what it rules out.
 */
export function checkUnless(context: CheckContext, corpus: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const probes: Probe[] = [];
  const codebooks: Codebook[] = [];
  for (const codebook of context.codebooks) {
    const codes: Code[] = [];
    for (const entry of allCodes([codebook])) {
      if (entry.code.unless.length === 0) continue;
      if (entry.code.match.length === 0) {
        for (const unless of entry.code.unless) {
          const reason = `unless pattern ${quote(unless.text)} of "${entry.code.id}" has nothing to veto: the code has no match pattern`;
          diagnostics.push(finding(codebook.file, unless.place, 'warning', reason, 'dead-unless'));
        }
        continue;
      }
      for (const unless of entry.code.unless) {
        const id = probes.length;
        const probe: Probe = {
          entry,
          unless,
          without: { ...entry.code, id: `without-${id}`, unless: [] },
          with: { ...entry.code, id: `with-${id}`, unless: [unless] },
          seen: false,
        };
        probes.push(probe);
        codes.push(probe.without, probe.with);
      }
    }
    if (codes.length > 0)
      codebooks.push({
        ...codebook,
        themes: [{ id: 'probe', label: 'probe', description: null, codes, place: codebook.themes[0]!.place }],
      });
  }
  if (probes.length === 0) return diagnostics;
  const matcher = compileMatcher(codebooks);
  const observe = (text: string, coding: CodingContext, only: Probe | null): void => {
    const hits = new Map(codeText(matcher, text, coding).codings.map((item) => [item.code.code, item.hits.length]));
    for (const probe of only ? [only] : probes) {
      const without = hits.get(probe.without) ?? 0;
      if (without > 0 && (hits.get(probe.with) ?? 0) < without) probe.seen = true;
    }
  };
  for (const probe of probes) {
    for (const example of probe.entry.code.examples) observe(example.text, { section: example.section, question: example.question }, probe);
  }
  for (const text of corpus) observe(text, NO_CONTEXT, null);
  for (const probe of probes.filter((item) => !item.seen)) {
    const where = corpus.length > 0 ? 'no example of the code and no segment of the corpus is' : 'no example of the code is';
    diagnostics.push(
      finding(
        probe.entry.codebook.file,
        probe.unless.place,
        'warning',
        `unless pattern ${quote(probe.unless.text)} of "${probe.entry.code.id}" never changes the coding: ${where} coded otherwise without it; add a none example that shows what it rules out`,
        'dead-unless',
      ),
    );
  }
  return diagnostics;
}
