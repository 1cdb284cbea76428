import { probeCodes, probeMatcher } from '../agree/probe.js';
import { patternKey } from '../check/pattern-key.js';
import { parsePattern } from '../codebook/pattern.js';
import { createStemmer } from '../code/stem.js';
import type { Language } from '../model/language.js';
import { normalizeWord } from '../text/words.js';
import type { RankedTerm } from './rank-terms.js';

/** A code in the codebook format, ready to paste: `definition: TODO` until a researcher writes one. */
export interface CodeStub {
  readonly id: string;
  readonly label: string;
  readonly match: readonly string[];
  readonly examples: readonly StubExample[];
}

/** An example of a stub: a sentence from the corpus. */
export interface StubExample {
  readonly text: string;
  readonly expect: 'match' | 'none';
  readonly note: string | null;
  /** Other stubs that also code this match example (listed so that check does not warn). */
  readonly also: readonly string[];
}

/** At most this many patterns per stub, and forms per term. */
const MAX_PATTERNS = 12;
const FORMS_PER_TERM = 4;

/**
 * Match patterns from a candidate's terms: each form written in the gap as a pattern of its own
 * (a plain word is stemmed, so `huisartsen` also matches `huisarts`), most frequent first; a form
 * is kept only when it parses and the pattern matches the form again, and two patterns with the
 * same stems are one.
 */
export function stubPatterns(terms: readonly RankedTerm[], language: Language): string[] {
  const stem = createStemmer(language);
  const forms = [...new Set(terms.flatMap((term) => term.forms.slice(0, FORMS_PER_TERM).map((entry) => entry.form)))];
  // One matcher for all forms, each its own probe code: does the pattern match its own form?
  const probe = probeMatcher(
    language,
    forms.map((form, index) => ({ id: String(index), match: [form] })),
  );
  const keys = new Set<string>();
  const patterns: string[] = [];
  forms.forEach((form, index) => {
    const parsed = parsePattern(form);
    if (patterns.length >= MAX_PATTERNS || parsed.kind === 'error') return;
    const key = patternKey(parsed, stem);
    if (keys.has(key) || !probeCodes(probe, form).has(String(index))) return;
    keys.add(key);
    patterns.push(form);
  });
  return patterns;
}

/** A code id from a label: lower-case words joined by hyphens, unique among `taken` (a number added when needed). */
export function stubId(words: readonly string[], taken: Set<string>): string {
  const base =
    words
      .map((word) =>
        normalizeWord(word)
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, ''),
      )
      .filter((word) => word !== '')
      .join('-') || 'kandidaat';
  let id = base;
  for (let number = 2; taken.has(id); number++) id = `${base}-${number}`;
  taken.add(id);
  return id;
}

/** The labels of the top three terms that name a candidate; a phrase that repeats a word already named (`euro per` after `euro`) says nothing new. */
export function namingTerms(terms: readonly RankedTerm[]): string[] {
  const named: string[] = [];
  for (const term of terms) {
    if (named.length < 3 && !named.some((label) => term.label.split(' ').includes(label))) named.push(term.label);
  }
  return named;
}

/** A label from the naming terms: the first capitalised, joined by commas. */
export function stubLabel(terms: readonly RankedTerm[]): string {
  const text = namingTerms(terms).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
