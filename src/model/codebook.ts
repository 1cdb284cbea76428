import type { Point } from './position.js';
import type { Language } from './language.js';
import type { Pattern } from './pattern.js';

/** What a negated hit does to a code: counted and marked, left out, or the only thing that counts. */
export type NegationMode = 'flag' | 'exclude' | 'require';

/** A pattern as written in a codebook, with its place, parsed once as the codebook loads. */
export interface PatternSource {
  readonly text: string;
  readonly place: Point;
  readonly pattern: Pattern;
  /** A regex that can backtrack polynomially (an `unsafe-regex` warning): it runs in short windows. */
  readonly slowRegex: boolean;
}

/** A sentence that the code must code (`match`) or must not (`none`). */
export interface CodeExample {
  readonly text: string;
  readonly expect: 'match' | 'none';
  /** Other codes that may also code a match example (an intended overlap). */
  readonly also: readonly string[];
  readonly place: Point;
}

/** A code: a codebook entry after MacQueen et al. (1998). */
export interface Code {
  readonly id: string;
  readonly label: string;
  readonly definition: string | null;
  readonly include: string | null;
  readonly exclude: string | null;
  readonly match: readonly PatternSource[];
  readonly unless: readonly PatternSource[];
  readonly negation: NegationMode;
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
