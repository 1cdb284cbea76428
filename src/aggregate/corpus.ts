import type { CodingResult, ResultCodebook, ResultDocument, ResultSegment } from '../model/result.js';
import type { Attributes } from '../model/transcript.js';
import { PairTally } from './cooccurrence.js';
import { readInterviewDate, type InterviewDate } from './interview-date.js';
import { isEvidence } from './presence.js';
import { QuotePicker, type CodeQuotes } from './quotes.js';
import { UnitCounts } from './unit-counts.js';

/** A code with its theme and codebook, in codebook order. */
export interface CodeInfo {
  readonly id: string;
  readonly label: string;
  readonly order: number;
  readonly theme: ThemeInfo;
  readonly codebook: string;
}

/** A theme with its codes. */
export interface ThemeInfo {
  readonly id: string;
  readonly label: string;
  readonly order: number;
  readonly codebook: string;
  readonly codes: readonly CodeInfo[];
}

/** A coded segment as aggregation sees it: the segment of the result, its document and the codes it has. */
export interface CorpusSegment extends ResultSegment {
  readonly document: string;
  /** Codes present: codings that are evidence (not a negated mention). */
  readonly present: ReadonlySet<string>;
  /** Codes mentioned only negated. */
  readonly negated: ReadonlySet<string>;
}

/**
 * A document as aggregation sees it: what it is and what its coded segments add up to, without
 * the segments themselves, so that a corpus of any size fits in memory.
 */
export interface CorpusDocument {
  readonly id: string;
  readonly file: string;
  readonly sha256: string;
  /** Position in file order, from 0. */
  readonly position: number;
  readonly attributes: Attributes;
  /** Interview date from the `datum` or `date` attribute, as written; null when absent or unreadable. */
  readonly date: string | null;
  /** The `datum` or `date` attribute read as a date (or why it cannot be); null when absent. */
  readonly interviewDate: InterviewDate | null;
  /** Codes present in at least one coded segment. */
  readonly present: ReadonlySet<string>;
  /** Per code (by order) and per theme (by order): segments that have it, negated-only segments, speakers. */
  readonly counts: { readonly codes: UnitCounts; readonly themes: UnitCounts };
}

/** The coded corpus of a result, counted for the report. */
export interface CodedCorpus {
  readonly codes: readonly CodeInfo[];
  readonly themes: readonly ThemeInfo[];
  readonly documents: readonly CorpusDocument[];
  /** Pairs of codes present in the same coded segment. */
  readonly segmentPairs: PairTally;
  /** Per code id: the quotes chosen for it. */
  readonly quotes: ReadonlyMap<string, CodeQuotes>;
}

/** Codes and themes of a result's codebooks, in codebook order. */
export function listCodes(codebooks: readonly ResultCodebook[]): { codes: CodeInfo[]; themes: ThemeInfo[] } {
  const themes: ThemeInfo[] = [];
  const codes: CodeInfo[] = [];
  for (const codebook of codebooks) {
    for (const theme of codebook.themes) {
      const themeCodes: CodeInfo[] = [];
      const info: ThemeInfo = { id: theme.id, label: theme.label, order: themes.length, codebook: codebook.id, codes: themeCodes };
      themes.push(info);
      for (const code of theme.codes) {
        const codeInfo: CodeInfo = { id: code.id, label: code.label, order: codes.length, theme: info, codebook: codebook.id };
        themeCodes.push(codeInfo);
        codes.push(codeInfo);
      }
    }
  }
  return { codes, themes };
}

/**
 * Counts a result document by document, keeping per document only its counts and per code only
 * the quotes that can still be chosen (at most `quotes` and a negated mention): memory does not
 * grow with the segments of the corpus.
 */
export class CorpusBuilder {
  private readonly codes: readonly CodeInfo[];
  private readonly themes: readonly ThemeInfo[];
  private readonly order: ReadonlyMap<string, CodeInfo>;
  private readonly documents: CorpusDocument[] = [];
  private readonly segmentPairs: PairTally;
  private readonly pickers: readonly QuotePicker[];

  constructor(codebooks: readonly ResultCodebook[], quotes: number) {
    ({ codes: this.codes, themes: this.themes } = listCodes(codebooks));
    this.order = new Map(this.codes.map((code) => [code.id, code]));
    this.segmentPairs = new PairTally(this.codes.length);
    this.pickers = this.codes.map(() => new QuotePicker(quotes));
  }

  /** Add the next document, in file order. */
  add(document: ResultDocument): void {
    const interviewDate = readInterviewDate(document.attributes);
    const counts = { codes: new UnitCounts(this.codes.length), themes: new UnitCounts(this.themes.length) };
    const corpusDocument: CorpusDocument = {
      id: document.id,
      file: document.file,
      sha256: document.sha256,
      position: this.documents.length,
      attributes: document.attributes,
      date: interviewDate?.date ? interviewDate.written : null,
      interviewDate,
      present: new Set<string>(),
      counts,
    };
    const present = corpusDocument.present as Set<string>;
    const speakers = { codes: this.codes.map(() => new Set<string>()), themes: this.themes.map(() => new Set<string>()) };
    for (const segment of document.segments) {
      if (!segment.coded) continue;
      const corpusSegment = this.segment(segment, document.id);
      const orders = [...corpusSegment.present].flatMap((id) => this.order.get(id)?.order ?? []).sort((a, b) => a - b);
      this.segmentPairs.add(orders);
      for (const id of corpusSegment.present) present.add(id);
      // A segment offers each code's first coding as a quote.
      const offered = new Set<string>();
      for (const coding of segment.codings) {
        const code = this.order.get(coding.code);
        if (!code || offered.has(coding.code)) continue;
        offered.add(coding.code);
        this.pickers[code.order]!.offer(corpusDocument, corpusSegment, coding, corpusSegment.present.has(code.id));
      }
      this.countSegment(corpusSegment, counts, speakers);
    }
    for (const picker of this.pickers) picker.endDocument();
    this.documents.push(corpusDocument);
  }

  /** The corpus counted so far. */
  finish(): CodedCorpus {
    return {
      codes: this.codes,
      themes: this.themes,
      documents: this.documents,
      segmentPairs: this.segmentPairs,
      quotes: new Map(this.codes.map((code) => [code.id, this.pickers[code.order]!.result()])),
    };
  }

  private segment(segment: ResultSegment, document: string): CorpusSegment {
    const present = new Set(segment.codings.filter(isEvidence).map((coding) => coding.code));
    const negated = new Set(
      segment.codings.filter((coding) => !isEvidence(coding) && !present.has(coding.code)).map((coding) => coding.code),
    );
    return { ...segment, document, present, negated };
  }

  /** A code or theme counts a segment that has it, else one where it is only negated; and the segment's speaker. */
  private countSegment(
    segment: CorpusSegment,
    counts: CorpusDocument['counts'],
    speakers: { codes: Set<string>[]; themes: Set<string>[] },
  ): void {
    const tally = (units: UnitCounts, known: Set<string>[], index: number, ids: readonly string[]): void => {
      if (ids.some((id) => segment.present.has(id))) {
        units.add(index, 'segments');
        if (segment.speaker !== null && !known[index]!.has(segment.speaker)) {
          known[index]!.add(segment.speaker);
          units.add(index, 'speakers');
        }
      } else if (ids.some((id) => segment.negated.has(id))) units.add(index, 'negatedSegments');
    };
    for (const code of this.codes) tally(counts.codes, speakers.codes, code.order, [code.id]);
    for (const theme of this.themes)
      tally(
        counts.themes,
        speakers.themes,
        theme.order,
        theme.codes.map((code) => code.id),
      );
  }
}

/** Count a whole result (see CorpusBuilder), with up to `quotes` quotes per code. */
export function buildCorpus(result: Pick<CodingResult, 'codebooks' | 'documents'>, quotes = 3): CodedCorpus {
  const builder = new CorpusBuilder(result.codebooks, quotes);
  for (const document of result.documents) builder.add(document);
  return builder.finish();
}
