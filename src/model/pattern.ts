/** One way a single word can match. */
export type WordTest =
  | { readonly kind: 'stem'; readonly form: string }
  | { readonly kind: 'exact'; readonly form: string }
  | { readonly kind: 'wildcard'; readonly glob: string };

/** One position of a phrase: alternatives, and how many other words may stand before it. */
export interface PhraseElement {
  /** Alternatives of one word. */
  readonly alternatives: readonly WordTest[];
  /** Alternatives of several words in a row, `(geen hulp|te laat)`: each matches consecutive words. */
  readonly phrases: readonly (readonly WordTest[])[];
  /** Up to this many other words between the previous element and this one (`~N`). */
  readonly gapBefore: number;
}

/** A parsed pattern of the pattern language (DESIGN.md "Codebooks"). */
export type Pattern =
  | { readonly kind: 'phrase'; readonly elements: readonly PhraseElement[] }
  | { readonly kind: 'regex'; readonly source: string; readonly flags: string };

/** Why a pattern does not parse, and where in the pattern (0-based). */
export interface PatternError {
  readonly kind: 'error';
  readonly message: string;
  readonly index: number;
}
