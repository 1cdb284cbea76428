import { codeText } from '../code/apply.js';
import { compileMatcher } from '../code/matcher.js';
import type { Code, Codebook, PatternSource } from '../model/codebook.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { allCodes, finding, quote, type CheckContext, type CodeEntry } from './context.js';

interface Probe {
  readonly entry: CodeEntry;
  readonly unless: PatternSource;
  /** Set once the unless pattern is seen in a text where one of the code's match patterns hits. */
  seen: boolean;
}

/**
 * `dead-unless` (warning): an `unless` pattern that cannot change the coding. Either its code has
 * no match pattern to veto, or no text we have (the code's own examples, and the corpus with
 * --corpus) holds the unless pattern together with a hit of the code. Segments are the scope of a
 * veto, so any two words can in principle meet; an unless pattern earns its place by an example
 * that shows what it rules out.
 */
export function checkUnless(context: CheckContext, corpus: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const probes: Probe[] = [];
  const unlessProbes = new Map<Code, Probe>();
  const matchProbes = new Map<Code, CodeEntry>();
  const codebooks: Codebook[] = [];
  for (const codebook of context.codebooks) {
    const codes: Code[] = [];
    for (const entry of allCodes([codebook])) {
      if (entry.code.unless.length === 0) continue;
      if (entry.code.match.length === 0) {
        for (const unless of entry.code.unless) {
          diagnostics.push(
            finding(
              codebook.file,
              unless.place,
              'warning',
              `unless pattern ${quote(unless.text)} of "${entry.code.id}" has nothing to veto: the code has no match pattern`,
              'dead-unless',
            ),
          );
        }
        continue;
      }
      // One probe code for the code's match patterns, one per unless pattern, all without vetoes.
      const matchProbe = probeCode(`match-${matchProbes.size}`, entry.code.match);
      matchProbes.set(matchProbe, entry);
      codes.push(matchProbe);
      for (const unless of entry.code.unless) {
        const probe: Probe = { entry, unless, seen: false };
        const unlessProbe = probeCode(`unless-${probes.length}`, [unless]);
        probes.push(probe);
        unlessProbes.set(unlessProbe, probe);
        codes.push(unlessProbe);
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
  const observe = (text: string, only: CodeEntry | null): void => {
    const coded = codeText(matcher, text).codings.map((coding) => coding.code.code);
    const hitCodes = new Set(coded.map((code) => matchProbes.get(code)).filter((entry) => entry !== undefined));
    for (const code of coded) {
      const probe = unlessProbes.get(code);
      if (probe && (only === null || probe.entry === only) && hitCodes.has(probe.entry)) probe.seen = true;
    }
  };
  for (const probe of probes) for (const example of probe.entry.code.examples) observe(example.text, probe.entry);
  for (const text of corpus) observe(text, null);
  for (const probe of probes.filter((entry) => !entry.seen)) {
    const where = corpus.length > 0 ? 'no example of the code and no segment of the corpus has' : 'no example of the code has';
    diagnostics.push(
      finding(
        probe.entry.codebook.file,
        probe.unless.place,
        'warning',
        `unless pattern ${quote(probe.unless.text)} of "${probe.entry.code.id}" never meets a hit of the code: ${where} both; add a none example that shows what it rules out`,
        'dead-unless',
      ),
    );
  }
  return diagnostics;
}

function probeCode(id: string, match: readonly PatternSource[]): Code {
  return {
    id,
    label: id,
    definition: null,
    include: null,
    exclude: null,
    match,
    unless: [],
    negation: 'flag',
    examples: [],
    place: match[0]!.place,
  };
}
