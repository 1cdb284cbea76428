/** The best place of a quote's words in a run of document words, found by `alignWords`. */
export interface WordAlignment {
  /** Index of the first and last document word aligned with a quote word. */
  readonly first: number;
  readonly last: number;
  /** Quote words equal to the document word they are aligned with. */
  readonly matched: number;
  /** Document words between `first` and `last` that no quote word stands for (a dropped line, an omission). */
  readonly skipped: number;
}

// Scores: a skipped run of document words is cheap to extend, since a quote taken from another
// copy of the transcript often lacks a whole line or an interjection.
const MATCH = 1;
const MISMATCH = -1;
const QUOTE_GAP = -1;
const DOCUMENT_GAP_OPEN = -2;
const DOCUMENT_GAP_EXTEND = -0.05;

/**
 * Align all of `quote` with the best-scoring stretch of `document` (semi-global alignment with
 * affine gaps in the document, Gotoh 1982), in O(document × quote) time and O(quote) memory.
 * Null when nothing aligns.
 */
export function alignWords(document: readonly string[], quote: readonly string[]): WordAlignment | null {
  const m = quote.length;
  // Per quote prefix length j: score, first and last document word, matched, skipped; H any, E ending in a document gap.
  let h = newRow(m);
  let e = newRow(m);
  let nh = newRow(m);
  let ne = newRow(m);
  h.score[0] = 0;
  let best: { score: number; alignment: WordAlignment } | null = null;
  for (let i = 1; i <= document.length; i++) {
    nh.score[0] = 0;
    for (let j = 1; j <= m; j++) {
      // Document word i-1 skipped inside the alignment.
      const open = h.score[j]! + DOCUMENT_GAP_OPEN;
      const extend = e.score[j]! + DOCUMENT_GAP_EXTEND;
      const fromE = extend >= open ? e : h;
      ne.score[j] = Math.max(open, extend);
      copyCell(ne, j, fromE, j, 1);
      // Document word i-1 aligned with quote word j-1.
      const same = document[i - 1] === quote[j - 1];
      const diagonal = h.score[j - 1]! + (same ? MATCH : MISMATCH);
      nh.score[j] = diagonal;
      copyCell(nh, j, h, j - 1, 0);
      if (nh.first[j]! < 0) {
        // Document words before the first aligned one are outside the quote.
        nh.first[j] = i - 1;
        nh.skipped[j] = 0;
      }
      nh.last[j] = i - 1;
      nh.matched[j] = nh.matched[j]! + (same ? 1 : 0);
      if (ne.score[j]! > nh.score[j]!) {
        nh.score[j] = ne.score[j]!;
        copyCell(nh, j, ne, j, 0);
      }
      // Quote word j-1 not in the document.
      const quoteGap = nh.score[j - 1]! + QUOTE_GAP;
      if (quoteGap > nh.score[j]!) {
        nh.score[j] = quoteGap;
        copyCell(nh, j, nh, j - 1, 0);
      }
    }
    const score = nh.score[m]!;
    if (nh.first[m]! >= 0 && (best === null || score > best.score)) {
      best = { score, alignment: { first: nh.first[m]!, last: nh.last[m]!, matched: nh.matched[m]!, skipped: nh.skipped[m]! } };
    }
    [h, nh] = [nh, h];
    [e, ne] = [ne, e];
  }
  return best?.alignment ?? null;
}

interface Row {
  score: Float64Array;
  first: Int32Array;
  last: Int32Array;
  matched: Int32Array;
  skipped: Int32Array;
}

function newRow(m: number): Row {
  const row = {
    score: new Float64Array(m + 1).fill(Number.NEGATIVE_INFINITY),
    first: new Int32Array(m + 1).fill(-1),
    last: new Int32Array(m + 1).fill(-1),
    matched: new Int32Array(m + 1),
    skipped: new Int32Array(m + 1),
  };
  return row;
}

/** Copy the bookkeeping (not the score) of cell `from[k]` into `to[j]`, adding `skip` skipped document words. */
function copyCell(to: Row, j: number, from: Row, k: number, skip: number): void {
  to.first[j] = from.first[k]!;
  to.last[j] = from.last[k]!;
  to.matched[j] = from.matched[k]!;
  to.skipped[j] = from.skipped[k]! + skip;
}
