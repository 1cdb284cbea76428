// The report's counting as it was before it became incremental (it held every segment of the
// corpus): the reference that test/aggregate/incremental.test.ts compares the new counting with.
import type { CodeInfo, ThemeInfo } from '../../src/aggregate/corpus.js';
import type { ResultCoding, ResultDocument, ResultSegment } from '../../src/model/result.js';

interface Segment extends ResultSegment {
  readonly present: ReadonlySet<string>;
  readonly negated: ReadonlySet<string>;
}

/** Documents with their coded segments and the codes present in each. */
export function referenceSegments(documents: readonly ResultDocument[]): { id: string; segments: Segment[]; present: Set<string> }[] {
  return documents.map((document) => {
    const segments = document.segments
      .filter((segment) => segment.coded)
      .map((segment) => {
        const present = new Set(segment.codings.filter((coding) => !coding.negated).map((coding) => coding.code));
        const negated = new Set(
          segment.codings.filter((coding) => coding.negated && !present.has(coding.code)).map((coding) => coding.code),
        );
        return { ...segment, present, negated };
      });
    return { id: document.id, segments, present: new Set(segments.flatMap((segment) => [...segment.present])) };
  });
}

/** Documents, segments, speakers and negated segments of a set of codes, as before. */
export function referenceCount(ids: readonly string[], documents: ReturnType<typeof referenceSegments>) {
  let present = 0;
  let segments = 0;
  let negatedSegments = 0;
  const speakers = new Set<string>();
  for (const document of documents) {
    let found = false;
    for (const segment of document.segments) {
      if (ids.some((id) => segment.present.has(id))) {
        found = true;
        segments++;
        if (segment.speaker !== null) speakers.add(`${document.id}\u0000${segment.speaker}`);
      } else if (ids.some((id) => segment.negated.has(id))) negatedSegments++;
    }
    if (found) present++;
  }
  return { documents: present, segments, speakers: speakers.size, negatedSegments };
}

/** Pairs of codes together in units, as before. */
export function referencePairs(codes: readonly CodeInfo[], units: readonly ReadonlySet<string>[]) {
  const order = new Map(codes.map((code) => [code.id, code.order]));
  const single = new Map<string, number>();
  const joint = new Map<string, number>();
  for (const unit of units) {
    const present = [...unit].filter((id) => order.has(id)).sort((x, y) => order.get(x)! - order.get(y)!);
    for (const [index, id] of present.entries()) {
      single.set(id, (single.get(id) ?? 0) + 1);
      for (const other of present.slice(index + 1)) joint.set(`${id}\u0000${other}`, (joint.get(`${id}\u0000${other}`) ?? 0) + 1);
    }
  }
  const result: [string, string, number, number][] = [];
  for (const [index, a] of codes.entries())
    for (const b of codes.slice(index + 1)) {
      const both = joint.get(`${a.id}\u0000${b.id}`) ?? 0;
      if (both > 0) result.push([a.id, b.id, both, (single.get(a.id) ?? 0) + (single.get(b.id) ?? 0) - both]);
    }
  return result;
}

/** The quotes of a code (document id and segment index), as before: sort all, take one per document. */
export function referenceQuotes(documents: ReturnType<typeof referenceSegments>, codeId: string, count: number) {
  type Candidate = { document: string; position: number; segment: Segment; coding: ResultCoding; strength: number };
  const candidates: Candidate[] = [];
  const negated: Candidate[] = [];
  documents.forEach((document, position) => {
    for (const segment of document.segments) {
      const coding = segment.codings.find((entry) => entry.code === codeId);
      if (!coding) continue;
      const quote = { document: document.id, position, segment, coding, strength: new Set(coding.hits.map((hit) => hit.pattern)).size };
      (segment.present.has(codeId) ? candidates : negated).push(quote);
    }
  });
  const readability = (quote: Candidate) => {
    const length = quote.segment.text.length;
    return length < 60 ? 60 - length : length > 400 ? length - 400 : 0;
  };
  const byStrength = (a: Candidate, b: Candidate) =>
    b.strength - a.strength || readability(a) - readability(b) || a.position - b.position || a.segment.index - b.segment.index;
  const quotes: string[] = [];
  const used = new Set<string>();
  for (const quote of [...candidates].sort(byStrength)) {
    if (quotes.length >= count) break;
    if (used.has(quote.document)) continue;
    used.add(quote.document);
    quotes.push(`${quote.document}:${quote.segment.index}`);
  }
  const best = [...negated].sort(byStrength)[0];
  return { quotes, negated: best ? `${best.document}:${best.segment.index}` : null };
}

/** The code ids of a theme. */
export const themeIds = (theme: ThemeInfo): string[] => theme.codes.map((code) => code.id);
