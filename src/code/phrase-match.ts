import type { Language } from '../model/language.js';
import type { Token } from '../text/tokenize.js';
import type { SplitVerb, WordEntry } from './lexicon.js';
import { isNounPhraseStart } from './word-classes.js';

/** One position of a compiled phrase. */
export interface CompiledElement {
  /** Atom ids of its one-word alternatives. */
  readonly atoms: ReadonlySet<number>;
  /** Its alternatives of several words in a row, as atom sets per word. */
  readonly phrases: readonly (readonly ReadonlySet<number>[])[];
  /** Separable verbs among its words, which may also stand split in the clause (belde ... terug). */
  readonly splits: readonly SplitVerb[];
  /** Up to this many other words between the previous position and this one (`~N`). */
  readonly gapBefore: number;
}

/**
 * The atoms of which a word must have one for a position to match at it: its words, the first
 * words of its word runs, and its split verbs' verb and particle (either may stand first).
 */
export function elementAtoms(element: CompiledElement): number[] {
  return [
    ...element.atoms,
    ...element.phrases.flatMap((phrase) => [...phrase[0]!]),
    ...element.splits.flatMap((split) => [split.head, split.particleAtom]),
  ];
}

/** How far after a verb its separated particle may stand (the end of the middle field). */
export const SPLIT_REACH = 12;
/** How many words (te, an auxiliary) may stand between a particle and its verb: terug te bellen, terug zou bellen. */
const PARTICLE_FIRST_REACH = 3;

/** What a phrase matcher needs of a pattern. */
interface PhrasePattern {
  readonly elements: readonly CompiledElement[];
  readonly inClause: boolean;
  readonly language: Language;
}

/**
 * The token positions of the shortest match of a phrase starting at `first`, or null. The words of
 * a phrase stand in one sentence (in one clause for a verb moved to the front); a split verb's
 * particle stands in the verb's clause.
 */
export function matchPhrase(
  pattern: PhrasePattern,
  tokens: readonly Token[],
  entries: readonly WordEntry[],
  first: number,
  clausesOf: (language: Language) => Int32Array,
): number[] | null {
  const { elements } = pattern;
  // Most attempts start at a common word ("een", "de") and fail at once: no word that the second
  // position takes stands within its reach in the sentence.
  const second = elements[1];
  if (
    second &&
    second.phrases.length === 0 &&
    second.splits.length === 0 &&
    elements[0]!.phrases.length === 0 &&
    elements[0]!.splits.length === 0
  ) {
    const sentence = tokens[first]!.clause;
    let found = false;
    for (let position = first + 1; !found && position <= first + 1 + second.gapBefore && position < tokens.length; position++) {
      if (tokens[position]!.clause !== sentence) break;
      found = passes(entries[position]!, second.atoms);
    }
    if (!found) return null;
  }
  const attempt: Attempt = {
    pattern,
    tokens,
    entries,
    first,
    sentence: tokens[first]!.clause,
    clausesOf,
    clauses: null,
    matched: [],
  };
  return extend(attempt, 0, first, first) ? attempt.matched : null;
}

/** One attempt to match a phrase from a word on: plain data, so that trying costs no closures. */
interface Attempt extends Near {
  readonly pattern: PhrasePattern;
  readonly first: number;
  readonly sentence: number;
  readonly clausesOf: (language: Language) => Int32Array;
  /** The clause numbers, found only once a word after the first matches (most attempts fail before). */
  clauses: Int32Array | null;
  readonly matched: number[];
}

/** Whether a phrase with a verb moved to the front leaves the verb's clause at `position`. */
function outsideClause(attempt: Attempt, position: number): boolean {
  if (!attempt.pattern.inClause || position === attempt.first) return false;
  attempt.clauses ??= attempt.clausesOf(attempt.pattern.language);
  return attempt.clauses[position] !== attempt.clauses[attempt.first];
}

/** Match the phrase's positions from `element` on, the first of them between `from` and `to`; the positions found are in `attempt.matched`. */
function extend(attempt: Attempt, element: number, from: number, to: number): boolean {
  const { elements } = attempt.pattern;
  if (element === elements.length) return true;
  const { tokens, entries, sentence, matched } = attempt;
  const current = elements[element]!;
  const next = elements[element + 1];
  const plain = current.phrases.length === 0 && current.splits.length === 0;
  for (let position = from; position <= to && position < tokens.length; position++) {
    if (tokens[position]!.clause !== sentence) return false;
    if (plain) {
      // Most positions are one word: no list of ways to build.
      if (!passes(entries[position]!, current.atoms)) continue;
      // Clause numbers only grow: past the clause's end no later word can match either.
      if (outsideClause(attempt, position)) return false;
      matched.push(position);
      if (extend(attempt, element + 1, position + 1, position + 1 + (next?.gapBefore ?? 0))) return true;
      matched.pop();
      continue;
    }
    if (outsideClause(attempt, position)) return false;
    for (const positions of elementMatches(current, attempt, position)) {
      for (const at of positions) matched.push(at);
      const last = positions[positions.length - 1]!;
      if (extend(attempt, element + 1, last + 1, last + 1 + (next?.gapBefore ?? 0))) return true;
      matched.length -= positions.length;
    }
  }
  return false;
}

/** A segment's words, and its clauses when a split verb needs them. */
interface Near {
  readonly tokens: readonly Token[];
  readonly entries: readonly WordEntry[];
  readonly pattern: { readonly language: Language };
  readonly clausesOf: (language: Language) => Int32Array;
}

/** The ways one position can match at `position`: a word, words in a row, or a split verb with its particle. */
function elementMatches(element: CompiledElement, near: Near, position: number): number[][] {
  const { tokens, entries } = near;
  const found: number[][] = [];
  const entry = entries[position]!;
  if (passes(entry, element.atoms)) found.push([position]);
  for (const phrase of element.phrases) {
    const end = position + phrase.length;
    if (end > tokens.length) continue;
    let ok = true;
    for (let offset = 0; ok && offset < phrase.length; offset++) {
      const at = position + offset;
      ok = tokens[at]!.clause === tokens[position]!.clause && passes(entries[at]!, phrase[offset]!);
    }
    if (ok) found.push(Array.from({ length: phrase.length }, (_, offset) => position + offset));
  }
  for (const split of element.splits) {
    const particle = entry.atoms.includes(split.head) ? particleAfter(split, near, position) : -1;
    if (particle >= 0) found.push([position, particle]);
    const verb = entry.form === split.particle ? verbAfterParticle(split, near, position) : -1;
    if (verb >= 0) found.push([position, verb]);
  }
  return found;
}

/** The particle of a split verb after its finite form, at the end of the clause: belde me nooit meer terug. */
function particleAfter(split: SplitVerb, near: Near, verb: number): number {
  const { tokens, entries } = near;
  const sentence = tokens[verb]!.clause;
  for (let position = verb + 1; position < tokens.length && position <= verb + SPLIT_REACH; position++) {
    if (tokens[position]!.clause !== sentence) return -1;
    if (entries[position]!.form !== split.particle) continue;
    // Clauses are looked at only once a particle is found: most verbs have none after them.
    const clauses = near.clausesOf(near.pattern.language);
    if (clauses[position] !== clauses[verb]) return -1;
    // A particle followed by a noun phrase is a preposition: "kwam bij de gemeente" is not bijkomen.
    const next = entries[position + 1];
    if (next && tokens[position + 1]!.clause === sentence && isNounPhraseStart(next.form)) continue;
    return position;
  }
  return -1;
}

/** The verb after a particle that stands before it: terug te bellen, terug zou bellen. */
function verbAfterParticle(split: SplitVerb, near: Near, particle: number): number {
  const { tokens, entries } = near;
  const sentence = tokens[particle]!.clause;
  for (let position = particle + 1; position < tokens.length && position <= particle + PARTICLE_FIRST_REACH; position++) {
    if (tokens[position]!.clause !== sentence) return -1;
    if (entries[position]!.atoms.includes(split.late)) return position;
  }
  return -1;
}

/** Whether a word passes one of the word tests of a phrase position. */
export function passes(entry: WordEntry, atoms: ReadonlySet<number>): boolean {
  for (const atom of entry.atoms) if (atoms.has(atom)) return true;
  return false;
}
