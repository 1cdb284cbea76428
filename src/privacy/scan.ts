import { detectAddress } from './detect-address.js';
import { detectBirthDate } from './detect-birth-date.js';
import { detectBsn } from './detect-bsn.js';
import { detectCaseNumber } from './detect-case-number.js';
import { detectEmail } from './detect-email.js';
import { detectIban } from './detect-iban.js';
import { detectLicencePlate } from './detect-licence-plate.js';
import { detectNames } from './detect-names.js';
import { detectPhone } from './detect-phone.js';
import { detectPostcode } from './detect-postcode.js';
import {
  compareFindings,
  DEFAULT_MIN_CONFIDENCE,
  FINDING_KINDS,
  makeFinding,
  overlaps,
  type Finding,
  type FindingKind,
  type TextRange,
} from './finding.js';
import type { DutchLexicon } from './word-lexicon.js';

/** The kinds whose every finding holds an ASCII digit (`\d`): all but e-mail addresses (spoken ones too) and names. */
const DIGIT_KINDS: ReadonlySet<FindingKind> = new Set(FINDING_KINDS.filter((kind) => kind !== 'email' && kind !== 'name'));
const DIGIT = /[0-9]/;

/** How to scan a text; every field is optional. */
export interface ScanOptions {
  /** Report findings at or above this confidence (default 0.5); 0 reports everything. */
  readonly minConfidence?: number;
  /** The Dutch word lists (loadDutchLexicon); without them names are found only after a title or from `names`. */
  readonly lexicon?: DutchLexicon;
  /** Names known to occur (front matter `names:`, a `--names` file). */
  readonly names?: readonly string[];
  /** Ranges not to scan or change: front matter keys, speaker labels. */
  readonly exclude?: readonly TextRange[];
  /** Only these kinds (default all). */
  readonly kinds?: readonly FindingKind[];
}

/**
 * Finds likely personal data in a text. Every detector runs over the whole text (each linear in
 * its length); overlapping findings are resolved in favour of the more confident, then the more
 * specific kind; findings that touch an excluded range are dropped. Sorted by position.
 */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const kinds = new Set(options.kinds ?? FINDING_KINDS);
  const exclude = options.exclude ?? [];
  const all: Finding[] = [];
  // Most turns hold no digit, and then no number, date, postcode, address or plate: those detectors need not look.
  const hasDigit = DIGIT.test(text);
  const run = (kind: FindingKind, detect: () => Finding[]): void => {
    if (kinds.has(kind) && (hasDigit || !DIGIT_KINDS.has(kind))) all.push(...detect());
  };
  run('bsn', () => detectBsn(text));
  run('iban', () => detectIban(text));
  run('email', () => detectEmail(text));
  run('phone', () => detectPhone(text));
  run('licence-plate', () => detectLicencePlate(text));
  run('birth-date', () => detectBirthDate(text));
  run('postcode', () => detectPostcode(text));
  run('address', () => detectAddress(text));
  run('case-number', () => detectCaseNumber(text));
  run('name', () => detectNames(text, { lexicon: options.lexicon, names: options.names, exclude }));
  const kept = resolveOverlaps(text, outside(all, exclude));
  const minimum = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  return kept.filter((finding) => finding.confidence >= minimum);
}

/**
 * Keeps, of findings that overlap, the most confident (then the most specific kind, then the
 * longest); a name inside another kind's finding gives way to it. Overlapping findings of one kind
 * become one (a listed "Ans" inside "Ans de Vries" masks the whole name). Works cluster by cluster of transitively overlapping findings: O(n log n) overall.
 */
export function resolveOverlaps(text: string, findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const kept: Finding[] = [];
  for (let from = 0; from < sorted.length; ) {
    let to = from + 1;
    let clusterEnd = sorted[from]!.end;
    while (to < sorted.length && sorted[to]!.start < clusterEnd) clusterEnd = Math.max(clusterEnd, sorted[to++]!.end);
    const cluster = mergeSameKind(text, sorted.slice(from, to));
    // A name inside an e-mail address or a street name is part of that finding, whatever its confidence.
    const within = (name: Finding): boolean =>
      cluster.some((other) => other.kind !== 'name' && other.start <= name.start && name.end <= other.end);
    const ranked = cluster.filter((finding) => finding.kind !== 'name' || !within(finding)).sort(byPreference);
    const chosen: Finding[] = [];
    for (const finding of ranked) if (!chosen.some((other) => overlaps(other, finding))) chosen.push(finding);
    kept.push(...chosen.sort(compareFindings));
    from = to;
  }
  return kept;
}

/** Joins overlapping findings of the same kind into one spanning both, with the higher confidence. */
function mergeSameKind(text: string, cluster: readonly Finding[]): Finding[] {
  const merged: Finding[] = [];
  for (const finding of cluster) {
    const index = merged.findIndex((other) => other.kind === finding.kind && overlaps(other, finding));
    if (index < 0) {
      merged.push(finding);
      continue;
    }
    const other = merged[index]!;
    const best = other.confidence >= finding.confidence ? other : finding;
    merged[index] = makeFinding(
      text,
      finding.kind,
      Math.min(other.start, finding.start),
      Math.max(other.end, finding.end),
      best.confidence,
      best.reason,
    );
  }
  return merged;
}

function byPreference(a: Finding, b: Finding): number {
  return (
    b.confidence - a.confidence ||
    FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start
  );
}

/** The findings that do not overlap any excluded range (both swept in order). */
function outside(findings: readonly Finding[], exclude: readonly TextRange[]): Finding[] {
  if (exclude.length === 0) return [...findings];
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  const sorted = [...findings].sort(compareFindings);
  const result: Finding[] = [];
  let index = 0;
  let reach = -1;
  for (const finding of sorted) {
    while (index < ranges.length && ranges[index]!.start < finding.end) reach = Math.max(reach, ranges[index++]!.end);
    if (reach <= finding.start) result.push(finding);
  }
  return result;
}
