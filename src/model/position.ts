/** A place in a text, as in unist: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}
