import type { TreeCodebook } from './codebook-tree.js';

/** A code applied to a selection, with a note when the coding needs one (a negated mention). */
export interface QdpxCoding {
  readonly codeId: string;
  readonly note: string | null;
}

/** A span of a source with the codes applied to it; positions in Unicode code points, end exclusive. */
export interface QdpxSelection {
  readonly start: number;
  readonly end: number;
  /** A short name (the start of the selected text), as QDA tools name quotations. */
  readonly name: string;
  /** Why the span was coded: the words that matched, per code. */
  readonly description: string | null;
  readonly codings: readonly QdpxCoding[];
}

/** A transcript as a plain-text source. */
export interface QdpxSource {
  /** The document id; the source is named by it. */
  readonly documentId: string;
  /** The text the positions count in, written as the source's UTF-8 file. */
  readonly text: string;
  readonly description: string | null;
  readonly selections: readonly QdpxSelection[];
}

/** The value types REFI-QDA variables have. */
export type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

/** A case variable (a document attribute) and its type. */
export interface QdpxVariable {
  readonly name: string;
  readonly type: VariableType;
}

/** A case: one document's respondent, with the values of its variables, written in the variable's type. */
export interface QdpxCase {
  readonly documentId: string;
  readonly values: readonly { readonly variable: string; readonly value: string }[];
}

/** Everything a REFI-QDA project of a coding result holds. */
export interface QdpxProject {
  readonly name: string;
  /** The tool that wrote the file (`rodedraad 0.1.0`). */
  readonly origin: string;
  /** The user every coding is by: rodedraad, with the version and codebooks that coded. */
  readonly user: string;
  readonly description: string | null;
  readonly codebooks: readonly TreeCodebook[];
  readonly variables: readonly QdpxVariable[];
  readonly cases: readonly QdpxCase[];
  readonly sources: readonly QdpxSource[];
}
