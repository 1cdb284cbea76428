import type { Attributes } from '../model/transcript.js';
import type { CodingResult, ResultSegment } from '../model/result.js';
import { isEvidence } from './presence.js';
import { readInterviewDate, type InterviewDate } from './interview-date.js';

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

/** A document as aggregation sees it. */
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
  /** Only the segments that were coded (respondents, and interviewers when included). */
  readonly segments: readonly CorpusSegment[];
  readonly present: ReadonlySet<string>;
}

/** The coded corpus of a result, ready for counting. */
export interface CodedCorpus {
  readonly codes: readonly CodeInfo[];
  readonly themes: readonly ThemeInfo[];
  readonly documents: readonly CorpusDocument[];
}

/** Build the corpus view of a result: codes in codebook order, coded segments per document. */
export function buildCorpus(result: CodingResult): CodedCorpus {
  const themes: ThemeInfo[] = [];
  const codes: CodeInfo[] = [];
  for (const codebook of result.codebooks) {
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
  const documents = result.documents.map((document, position): CorpusDocument => {
    const segments = document.segments
      .filter((segment) => segment.coded)
      .map((segment): CorpusSegment => {
        const present = new Set(segment.codings.filter(isEvidence).map((coding) => coding.code));
        const negated = new Set(
          segment.codings.filter((coding) => !isEvidence(coding) && !present.has(coding.code)).map((coding) => coding.code),
        );
        return { ...segment, document: document.id, present, negated };
      });
    const present = new Set(segments.flatMap((segment) => [...segment.present]));
    const interviewDate = readInterviewDate(document.attributes);
    const date = interviewDate?.date ? interviewDate.written : null;
    return {
      id: document.id,
      file: document.file,
      sha256: document.sha256,
      position,
      attributes: document.attributes,
      date,
      interviewDate,
      segments,
      present,
    };
  });
  return { codes, themes, documents };
}
