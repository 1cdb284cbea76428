/** The kinds of personal data the privacy scan looks for. */
export type FindingKind =
  | 'bsn'
  | 'iban'
  | 'phone'
  | 'email'
  | 'postcode'
  | 'address'
  | 'birth-date'
  | 'licence-plate'
  | 'case-number'
  | 'name';

/** Every kind, most specific first: on overlap and equal confidence the earlier kind wins. */
export const FINDING_KINDS: readonly FindingKind[] = [
  'bsn',
  'iban',
  'email',
  'phone',
  'licence-plate',
  'birth-date',
  'postcode',
  'address',
  'case-number',
  'name',
];

/** A half-open range of UTF-16 offsets in a text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Likely personal data in a text: where it is, what it is, and how sure the detector is. */
export interface Finding extends TextRange {
  readonly kind: FindingKind;
  /** The text from start to end. */
  readonly text: string;
  /** 0..1; the scan reports findings at or above its minimum confidence (default 0.5). */
  readonly confidence: number;
  /** Why the detector thinks so, in words a researcher can check. */
  readonly reason: string;
}

/** Confidence at or above which a finding is reported unless the caller says otherwise. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Build a finding for text[start, end). */
export function makeFinding(text: string, kind: FindingKind, start: number, end: number, confidence: number, reason: string): Finding {
  return { kind, start, end, text: text.slice(start, end), confidence: Math.round(confidence * 100) / 100, reason };
}

/** Document order: by start, then longer first, then by kind. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind);
}

/** Whether two ranges share at least one character. */
export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}
