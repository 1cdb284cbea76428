import type { Point } from './position.js';
import type { Language } from './language.js';
import type { Pattern } from './pattern.js';

/**
 * What a negated hit does to a code: counted and marked, left out, the only thing that counts, or
 * nothing (negation is not looked for: topic codes, where "no debts" is still about debts).
 */
export type NegationMode = 'flag' | 'exclude' | 'require' | 'ignore';

/** How far a construct reaches: the clause of a hit, its sentence, or the whole segment. */
export type Reach = 'clause' | 'sentence' | 'segment';

/** A pattern as written in a codebook, with its place, parsed once as the codebook loads. */
export interface PatternSource {
  readonly text: string;
  readonly place: Point;
  readonly pattern: Pattern;
  /** A regex that can backtrack polynomially (an `unsafe-regex` warning): it runs in short windows. */
  readonly slowRegex: boolean;
}

/**
 * One entry of a code's `match` or `unless` list: a pattern, or `all:` of several patterns, with the
 * options an entry written as a map may have.
 */
export interface PatternEntry {
  /** As written: the pattern, or the map in YAML flow style (`{all: [wachtlijst, ggz], within: sentence}`). */
  readonly text: string;
  readonly place: Point;
  /** The entry's pattern; for `all:`, each listed pattern, every one of which must match. */
  readonly parts: readonly PatternSource[];
  readonly all: boolean;
  /** `all:`: where the parts must stand together; `unless`: how far the veto reaches. */
  readonly within: Reach;
  /** This entry's negation mode; null: the code's. */
  readonly negation: NegationMode | null;
  /** Only in segments under a heading that one of these patterns matches (empty: anywhere). */
  readonly section: readonly PatternSource[];
  /** Only in segments whose preceding interviewer turn one of these patterns matches (empty: anywhere). */
  readonly question: readonly PatternSource[];
}

/** A sentence that the code must code (`match`) or must not (`none`). */
export interface CodeExample {
  readonly text: string;
  readonly expect: 'match' | 'none';
  /** Other codes that may also code a match example (an intended overlap). */
  readonly also: readonly string[];
  /** The heading the sentence stands under, for codes and patterns limited by `section:`. */
  readonly section: string | null;
  /** The interviewer's question before the sentence, for codes and patterns limited by `question:`. */
  readonly question: string | null;
  readonly place: Point;
}

/** A code: a codebook entry after MacQueen et al. (1998). */
export interface Code {
  readonly id: string;
  readonly label: string;
  readonly definition: string | null;
  readonly include: string | null;
  readonly exclude: string | null;
  readonly match: readonly PatternEntry[];
  readonly unless: readonly PatternEntry[];
  readonly negation: NegationMode;
  /** The code applies only under a heading that one of these patterns matches (empty: anywhere). */
  readonly section: readonly PatternSource[];
  /** The code applies only after an interviewer turn that one of these patterns matches (empty: anywhere). */
  readonly question: readonly PatternSource[];
  readonly examples: readonly CodeExample[];
  readonly place: Point;
}

/** A theme: a group of codes. */
export interface Theme {
  readonly id: string;
  readonly label: string;
  readonly description: string | null;
  readonly codes: readonly Code[];
  readonly place: Point;
}

/** A loaded, valid codebook. */
export interface Codebook {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly language: Language;
  readonly source: string | null;
  readonly description: string | null;
  readonly themes: readonly Theme[];
  /** Path as shown to the user. */
  readonly file: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
}

/** A codebook file as read from disk. */
export interface CodebookSource {
  /** Path as shown to the user. */
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
}
