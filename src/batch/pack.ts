import type { FormattedDocument } from '../results/document-outputs.js';
import type { FileOutcome } from './code-file.js';

/** The parts of a formatted document that are output text, in the order they are packed. */
const PARTS = ['codings', 'matrix', 'segments', 'result'] as const;

/** A formatted document whose output text is packed: the byte length of each part. */
type PackedDocument = Omit<FormattedDocument, (typeof PARTS)[number]> & { readonly sizes: readonly number[] };

/** The outcomes of a worker's task, their output text as UTF-8 bytes in one buffer that is moved, not copied, to the main thread. */
export interface PackedOutcomes {
  readonly outcomes: readonly (Omit<FileOutcome, 'document'> & { readonly document: PackedDocument | null })[];
  readonly bytes: Uint8Array;
}

/**
 * Pack outcomes for the main thread: their output text encoded here, on the worker, into one
 * buffer of its own (so that it can be transferred), rather than copied as strings and encoded
 * by the thread that writes.
 */
export function packOutcomes(outcomes: readonly FileOutcome[]): PackedOutcomes {
  const sizes = outcomes.map((outcome) =>
    outcome.document ? PARTS.map((part) => Buffer.byteLength(outcome.document![part] as string)) : [],
  );
  const bytes = Buffer.allocUnsafeSlow(sizes.flat().reduce((sum, size) => sum + size, 0));
  let at = 0;
  const packed = outcomes.map((outcome, index) => {
    const { document, ...rest } = outcome;
    if (!document) return { ...rest, document: null };
    for (const part of PARTS) at += bytes.write(document[part] as string, at);
    const { codings: _codings, matrix: _matrix, segments: _segments, result: _result, ...kept } = document;
    return { ...rest, document: { ...kept, sizes: sizes[index]! } };
  });
  return { outcomes: packed, bytes };
}

/** The outcomes again, each part of their output text a view on the bytes. */
export function unpackOutcomes(packed: PackedOutcomes): FileOutcome[] {
  let at = 0;
  return packed.outcomes.map((outcome) => {
    const { document, ...rest } = outcome;
    if (!document) return { ...rest, document: null };
    const { sizes, ...kept } = document;
    const parts = sizes.map((size) => {
      const part = packed.bytes.subarray(at, at + size);
      at += size;
      return part;
    });
    return { ...rest, document: { ...kept, codings: parts[0]!, matrix: parts[1]!, segments: parts[2]!, result: parts[3]! } };
  });
}
