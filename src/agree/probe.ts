import { isEvidence } from '../aggregate/presence.js';
import { codeText } from '../code/apply.js';
import { compileMatcher, type Matcher } from '../code/matcher.js';
import { entriesFromTexts, NOWHERE } from '../codebook/entries.js';
import type { Language } from '../model/language.js';
import type { Codebook, Code } from '../model/codebook.js';

/** A matcher for ad-hoc codes (candidate patterns, a result's codes), each code id with its match patterns; invalid patterns are left out. */
export function probeMatcher(
  language: Language,
  codes: readonly { readonly id: string; readonly match: readonly string[]; readonly unless?: readonly string[] }[],
): Matcher {
  const probeCodes: Code[] = codes.map((code) => ({
    id: code.id,
    label: code.id,
    definition: null,
    include: null,
    exclude: null,
    match: entriesFromTexts(code.match, 'match'),
    unless: entriesFromTexts(code.unless ?? [], 'unless'),
    negation: 'flag',
    section: [],
    question: [],
    examples: [],
    place: NOWHERE,
  }));
  const codebook: Codebook = {
    id: 'probe',
    title: 'probe',
    version: '0.0.0',
    language,
    source: null,
    description: null,
    themes: [{ id: 'probe', label: 'probe', description: null, codes: probeCodes, place: NOWHERE }],
    file: 'probe',
    sha256: '',
  };
  return compileMatcher([codebook]);
}

/** The ids of the probe codes a text is coded with (negated mentions too: a pattern that reaches the words is what counts here). */
export function probeCodes(matcher: Matcher, text: string): Set<string> {
  return new Set(codeText(matcher, text).codings.map((coding) => coding.code.code.id));
}

/** The evidence of the probe codes in a text: per code id, the words its hits matched (negated mentions left out, as in a result). */
export function probeEvidence(matcher: Matcher, text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const coding of codeText(matcher, text).codings) {
    if (isEvidence(coding))
      found.set(
        coding.code.code.id,
        coding.hits.map((hit) => text.slice(hit.start, hit.end)),
      );
  }
  return found;
}
